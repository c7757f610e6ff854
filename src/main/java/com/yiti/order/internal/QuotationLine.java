package com.yiti.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ord_quotation_line")
@org.hibernate.envers.Audited
public class QuotationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The quotation's id, written by the line (the quotation's collection only reads it), named in its history. */
    @Column(name = "quotation_id", nullable = false, updatable = false)
    private Long quotationId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Embedded
    private Pricing pricing;

    protected QuotationLine() {}

    QuotationLine(int lineNo, Long quotationId, Long productId, Pricing pricing) {
        this.quotationId = quotationId;
        this.lineNo = lineNo;
        this.productId = productId;
        this.pricing = pricing;
    }

    void reprice(Long productId, Pricing pricing) {
        this.productId = productId;
        this.pricing = pricing;
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getProductId() {
        return productId;
    }

    public Pricing getPricing() {
        return pricing;
    }
}
