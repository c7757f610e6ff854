package com.yiti.finance;

/** A product with its tax classification code (税收分类编码) and the short name its VAT invoices print, if set. */
public record TaxCodeView(
        long productId, String sku, String name, String unit, String taxCode, String shortName, long version) {}
