package com.yiti.finance;

import java.math.BigDecimal;

/** A line of a VAT invoice request: 项目名称, 税收分类编码, 规格型号, 单位, 数量, 单价 and 金额 excluding tax, 税率, 税额. */
public record InvoiceRequestLineView(
        int seq,
        String itemName,
        String taxCode,
        String spec,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal netAmount,
        BigDecimal taxRate,
        BigDecimal taxAmount) {}
