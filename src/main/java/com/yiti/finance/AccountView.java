package com.yiti.finance;

public record AccountView(
        long id,
        String code,
        AccountPurpose purpose,
        String nameZh,
        String nameEn,
        AccountType type,
        boolean active,
        long version) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
