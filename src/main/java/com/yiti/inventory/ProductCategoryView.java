package com.yiti.inventory;

/** A product category. */
public record ProductCategoryView(long id, String code, String nameZh, String nameEn, boolean active, long version) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
