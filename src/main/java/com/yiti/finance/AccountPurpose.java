package com.yiti.finance;

/** The accounts business events post to; each is held by exactly one account of the chart. */
public enum AccountPurpose {
    BANK,
    RECEIVABLES,
    INVENTORY,
    REVENUE,
    OUTPUT_VAT,
    COGS,
    CUSTOMER_CREDIT,
    PAYABLES,
    GRNI,
    PRODUCTION,
    STOCK_DIFFERENCES,
    OPENING_BALANCE,
    INPUT_VAT,
    PURCHASE_VARIANCE,
    /** Direct labour a production order absorbed (应付职工薪酬), its operations' hours × the work centres' rates. */
    LABOUR_APPLIED,
    /** Manufacturing overhead a production order absorbed (制造费用). */
    OVERHEAD_APPLIED,
    /** What a production order cost beyond (or under) the standard of its output valued at standard (产品成本差异). */
    PRODUCTION_VARIANCE,
    /** Realised exchange differences on foreign-currency receivables (财务费用-汇兑损益): a gain credits, a loss debits. */
    EXCHANGE_DIFFERENCE
}
