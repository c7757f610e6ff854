package com.yiti.customer.web;

import com.yiti.customer.ContactData;
import com.yiti.customer.ContactView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The contact form, and the JSON body of the contacts API. */
public class ContactForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @Size(max = 100)
    private String title;

    @Size(max = 20)
    private String mobile;

    @Size(max = 30)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 50)
    private String wechatId;

    private boolean primary;

    private long version;

    static ContactForm of(ContactView c) {
        ContactForm f = new ContactForm();
        f.name = c.name();
        f.title = c.title();
        f.mobile = c.mobile();
        f.phone = c.phone();
        f.email = c.email();
        f.wechatId = c.wechatId();
        f.primary = c.primary();
        f.version = c.version();
        return f;
    }

    ContactData toData() {
        return new ContactData(name, title, mobile, phone, email, wechatId, primary);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
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

    public String getWechatId() {
        return wechatId;
    }

    public void setWechatId(String wechatId) {
        this.wechatId = wechatId;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
