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

/** Money received from a customer; what is not allocated to invoices is the customer's credit balance. */
@Entity
@Table(name = "fin_payment")
@Audited
public class Payment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

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

    protected Payment() {}

    public Payment(
            String number,
            Long customerId,
            LocalDate paymentDate,
            BigDecimal amount,
            String currency,
            PaymentMethod method,
            String reference) {
        this.number = number;
        this.customerId = customerId;
        this.paymentDate = paymentDate;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.reference = reference;
        this.bookUnallocated = amount;
    }

    /** The order this is a deposit for (预收款/定金), or null. */
    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "order_number", length = 20)
    private String orderNumber;

    /** A deposit for an order: held for it, applied to its invoices. */
    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "contract_number", length = 20)
    private String contractNumber;

    public void forContract(long contractId, String contractNumber) {
        this.contractId = contractId;
        this.contractNumber = contractNumber;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public void forOrder(long orderId, String orderNumber) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    /** CNY for one unit of the payment's currency on its date (1 in CNY): what the bank booked it at. */
    @Column(name = "exchange_rate", nullable = false, precision = 18, scale = 6)
    private BigDecimal exchangeRate = BigDecimal.ONE;

    /** What is still unallocated in CNY as booked (the customer-credit balance this payment holds). */
    @Column(name = "book_unallocated", nullable = false, precision = 19, scale = 2)
    private BigDecimal bookUnallocated = BigDecimal.ZERO;

    /** The payment as booked: its day's rate and its amount in CNY. */
    public void booked(BigDecimal rate, BigDecimal book) {
        this.exchangeRate = rate;
        this.bookUnallocated = book;
    }

    /** Allocates an amount; returns the CNY it takes off the customer's credit (all that is left when it is the rest). */
    public BigDecimal allocateBooked(BigDecimal a) {
        BigDecimal book = a.compareTo(unallocated()) == 0
                ? bookUnallocated
                : com.yiti.currency.ExchangeRateManagement.toBook(a, exchangeRate)
                        .min(bookUnallocated);
        bookUnallocated = bookUnallocated.subtract(book);
        allocated = allocated.add(a);
        return book;
    }

    /** An allocation taken back: the amount and the CNY it had taken off the customer's credit return. */
    public void unallocate(BigDecimal a, BigDecimal book) {
        bookUnallocated = bookUnallocated.add(book);
        allocated = allocated.subtract(a);
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public BigDecimal getBookUnallocated() {
        return bookUnallocated;
    }

    public BigDecimal unallocated() {
        return amount.subtract(allocated);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getCustomerId() {
        return customerId;
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
