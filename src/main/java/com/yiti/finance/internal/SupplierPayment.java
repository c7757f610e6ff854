package com.yiti.finance.internal;

import com.yiti.finance.PaymentMethod;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** Money paid to a supplier; what is not allocated to its invoices is a prepayment (an advance on payables). */
@Entity
@Table(name = "fin_supplier_payment")
@Audited
public class SupplierPayment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "payment_date", nullable = false, updatable = false)
    private LocalDate paymentDate;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal allocated = BigDecimal.ZERO;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PaymentMethod method;

    @Column(length = 100, updatable = false)
    private String reference;

    protected SupplierPayment() {}

    public SupplierPayment(
            String number,
            Long supplierId,
            LocalDate paymentDate,
            BigDecimal amount,
            String currency,
            PaymentMethod method,
            String reference) {
        this.number = number;
        this.supplierId = supplierId;
        this.paymentDate = paymentDate;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.reference = reference;
    }

    public BigDecimal unallocated() {
        return amount.subtract(allocated);
    }

    public void allocate(BigDecimal a) {
        allocated = allocated.add(a);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getAllocated() {
        return allocated;
    }

    public String getCurrency() {
        return currency;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }
}
