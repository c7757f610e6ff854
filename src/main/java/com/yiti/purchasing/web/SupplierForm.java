package com.yiti.purchasing.web;

import com.yiti.purchasing.SupplierData;
import com.yiti.purchasing.SupplierView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class SupplierForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String contactName;

    @Size(max = 40)
    private String phone;

    @Size(max = 200)
    private String email;

    @NotNull
    private Integer leadTimeDays = 7;

    private boolean active = true;

    private long version;

    static SupplierForm of(SupplierView s) {
        SupplierForm f = new SupplierForm();
        f.name = s.name();
        f.contactName = s.contactName();
        f.phone = s.phone();
        f.email = s.email();
        f.leadTimeDays = s.leadTimeDays();
        f.active = s.active();
        f.version = s.version();
        return f;
    }

    SupplierData toData() {
        return new SupplierData(name, contactName, phone, email, leadTimeDays, active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
