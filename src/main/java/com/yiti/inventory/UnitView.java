package com.yiti.inventory;

/** A unit of measure: its code is what products and documents show (个, 箱). */
public record UnitView(long id, String code, String nameZh, String nameEn, boolean active, long version) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
