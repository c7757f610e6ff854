package com.yiti.inventory.web;

import com.yiti.inventory.WarehouseData;
import com.yiti.inventory.WarehouseView;
import jakarta.validation.constraints.Size;

/** The warehouse form and API body. */
public class WarehouseForm {

    private Long id;

    @Size(max = 20)
    private String code;

    @Size(max = 100)
    private String name;

    @Size(max = 300)
    private String address;

    private boolean quarantine;

    private long version;

    static WarehouseForm of(WarehouseView w) {
        WarehouseForm f = new WarehouseForm();
        f.id = w.id();
        f.code = w.code();
        f.name = w.name();
        f.address = w.address();
        f.quarantine = w.quarantine();
        f.version = w.version();
        return f;
    }

    WarehouseData toData() {
        return new WarehouseData(code, name, address, quarantine);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isQuarantine() {
        return quarantine;
    }

    public void setQuarantine(boolean quarantine) {
        this.quarantine = quarantine;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
