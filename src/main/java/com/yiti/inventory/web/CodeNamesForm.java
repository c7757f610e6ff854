package com.yiti.inventory.web;

import com.yiti.inventory.UnitView;
import jakarta.validation.constraints.Size;

/** A code with Chinese and English names: the form and API body of units of measure and product categories. */
public class CodeNamesForm {

    private Long id;

    @Size(max = 20)
    private String code;

    @Size(max = 100)
    private String nameZh;

    @Size(max = 100)
    private String nameEn;

    private long version;

    static CodeNamesForm of(UnitView u) {
        CodeNamesForm f = new CodeNamesForm();
        f.id = u.id();
        f.code = u.code();
        f.nameZh = u.nameZh();
        f.nameEn = u.nameEn();
        f.version = u.version();
        return f;
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

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
