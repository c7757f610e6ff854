package com.yiti.finance.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A credit note against an invoice (full or by line): it reduces the receivable. Immutable once issued. */
@Entity
@Table(name = "fin_credit_note")
public class CreditNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private Long invoiceId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "note_date", nullable = false, updatable = false)
    private LocalDate noteDate;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal netTotal = BigDecimal.ZERO;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal grossTotal = BigDecimal.ZERO;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "credit_note_id", nullable = false, updatable = false)
    private List<CreditNoteLine> lines = new ArrayList<>();

    /** The rate of the invoice it credits (CNY for one unit of its currency). */
    @Column(name = "exchange_rate", nullable = false, precision = 18, scale = 6)
    private BigDecimal exchangeRate = BigDecimal.ONE;

    /** The revenue it takes back in CNY: its lines' nets each at the invoice's rate. */
    @Column(name = "net_book", nullable = false, precision = 19, scale = 2)
    private BigDecimal netBook = BigDecimal.ZERO;

    public void booked(BigDecimal rate, BigDecimal netBook) {
        this.exchangeRate = rate;
        this.netBook = netBook;
    }

    public BigDecimal getNetBook() {
        return netBook;
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    protected CreditNote() {}

    public CreditNote(
            String number,
            Long invoiceId,
            Long customerId,
            LocalDate noteDate,
            String reason,
            String currency,
            String createdBy,
            Instant createdAt) {
        this.number = number;
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.noteDate = noteDate;
        this.reason = reason;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void add(Long invoiceLineId, BigDecimal quantity, BigDecimal net, BigDecimal tax) {
        lines.add(new CreditNoteLine(invoiceLineId, quantity, net, tax));
        netTotal = netTotal.add(net);
        taxTotal = taxTotal.add(tax);
        grossTotal = netTotal.add(taxTotal);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public String getReason() {
        return reason;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getNetTotal() {
        return netTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getGrossTotal() {
        return grossTotal;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CreditNoteLine> getLines() {
        return lines;
    }
}
