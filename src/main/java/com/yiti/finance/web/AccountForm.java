package com.yiti.finance.web;

import com.yiti.finance.AccountData;
import com.yiti.finance.AccountType;
import com.yiti.finance.AccountView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class AccountForm {

    @NotBlank
    @Size(max = 10)
    private String code;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    @NotBlank
    @Size(max = 100)
    private String nameEn;

    @NotNull
    private AccountType type;

    private boolean active = true;

    private long version;

    static AccountForm of(AccountView a) {
        AccountForm f = new AccountForm();
        f.code = a.code();
        f.nameZh = a.nameZh();
        f.nameEn = a.nameEn();
        f.type = a.type();
        f.active = a.active();
        f.version = a.version();
        return f;
    }

    AccountData toData() {
        return new AccountData(code, nameZh, nameEn, type, active);
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

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
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
