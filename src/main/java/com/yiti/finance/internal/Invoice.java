package com.yiti.finance.internal;

import com.yiti.finance.InvoiceStatus;
import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An invoice for one shipment: the shipped quantities at the order's prices. Open = gross − credited − paid. */
@Entity
@Table(name = "fin_invoice")
@Audited
public class Invoice extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "order_number", length = 20, updatable = false)
    private String orderNumber;

    @Column(name = "shipment_id", updatable = false)
    private Long shipmentId;

    @Column(name = "shipment_number", length = 20, updatable = false)
    private String shipmentNumber;

    /** An unpaid invoice of the old system taken over at go-live: no order, shipment or lines. */
    @Column(nullable = false, updatable = false)
    private boolean opening;

    @Column(name = "invoice_date", nullable = false, updatable = false)
    private LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal netTotal = BigDecimal.ZERO;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    @Column(name = "gross_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal grossTotal = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal credited = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal paid = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status = InvoiceStatus.ISSUED;

    /** CNY for one unit of the invoice's currency on its date (1 in CNY): what its receivable was booked at. */
    @Column(name = "exchange_rate", nullable = false, precision = 18, scale = 6)
    private BigDecimal exchangeRate = BigDecimal.ONE;

    /** What is still open of the receivable in CNY as booked (the journal's AR for this invoice). */
    @Column(name = "book_open", nullable = false, precision = 19, scale = 2)
    private BigDecimal bookOpen = BigDecimal.ZERO;

    /** The revenue booked in CNY: its lines' nets each at the rate (the net itself in CNY). */
    @Column(name = "net_book", nullable = false, precision = 19, scale = 2)
    private BigDecimal netBook = BigDecimal.ZERO;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {}

    public Invoice(
            String number,
            Long customerId,
            Long ownerId,
            Long orderId,
            String orderNumber,
            Long shipmentId,
            String shipmentNumber,
            LocalDate invoiceDate,
            LocalDate dueDate,
            String currency) {
        this.number = number;
        this.customerId = customerId;
        this.ownerId = ownerId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.shipmentId = shipmentId;
        this.shipmentNumber = shipmentNumber;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
        this.currency = currency;
    }

    /**
     * An unpaid invoice of the old system at go-live: its number, dates and the amount still open (as gross; its tax
     * was declared in the old books), no order, shipment or lines.
     */
    public static Invoice opening(
            String number,
            Long customerId,
            Long ownerId,
            LocalDate invoiceDate,
            LocalDate dueDate,
            String currency,
            BigDecimal amount) {
        Invoice invoice =
                new Invoice(number, customerId, ownerId, null, null, null, null, invoiceDate, dueDate, currency);
        invoice.opening = true;
        invoice.netTotal = amount;
        invoice.grossTotal = amount;
        invoice.bookOpen = amount;
        invoice.netBook = amount;
        return invoice;
    }

    /** A re-imported opening invoice nobody has paid or credited yet: its open amount and due date as now given. */
    public void reopen(BigDecimal amount, LocalDate dueDate) {
        this.netTotal = amount;
        this.grossTotal = amount;
        this.bookOpen = com.yiti.currency.ExchangeRateManagement.toBook(amount, exchangeRate);
        this.netBook = this.bookOpen;
        this.dueDate = dueDate;
    }

    public boolean isOpening() {
        return opening;
    }

    public void add(InvoiceLine line) {
        lines.add(line);
        netTotal = netTotal.add(line.getNetAmount());
        taxTotal = taxTotal.add(line.getTaxAmount());
        grossTotal = netTotal.add(taxTotal);
        // in CNY the receivable is the gross; a foreign invoice is booked at its rate when posted (booked(...))
        bookOpen = grossTotal;
        netBook = netTotal;
    }

    /** An invoice of goods sent free of charge (a replacement) has nothing to pay: paid from the start. */
    public void nothingDueIfFree() {
        if (grossTotal.signum() == 0) {
            status = InvoiceStatus.PAID;
        }
    }

    public BigDecimal open() {
        return grossTotal.subtract(credited).subtract(paid);
    }

    /** As booked: the rate of the invoice's day, the receivable and the revenue in CNY. */
    public void booked(BigDecimal rate, BigDecimal bookGross, BigDecimal netBook) {
        this.exchangeRate = rate;
        this.bookOpen = bookGross;
        this.netBook = netBook;
    }

    public BigDecimal getNetBook() {
        return netBook;
    }

    /**
     * The CNY a settlement of {@code amount} (in the invoice's currency) takes off the booked receivable: at the
     * invoice's rate, and all that is left when it settles the rest, so a settled invoice leaves no fen in AR.
     */
    private BigDecimal relief(BigDecimal amount) {
        if (amount.compareTo(open()) == 0) {
            return bookOpen;
        }
        return com.yiti.currency.ExchangeRateManagement.toBook(amount, exchangeRate)
                .min(bookOpen);
    }

    /**
     * Credits a gross amount whose lines come to {@code book} CNY; returns the CNY taken off the receivable: that, or
     * all that is left when it credits the rest.
     */
    public BigDecimal credit(BigDecimal gross, BigDecimal book) {
        book = gross.compareTo(open()) == 0 ? bookOpen : book.min(bookOpen);
        bookOpen = bookOpen.subtract(book);
        credited = credited.add(gross);
        settle();
        return book;
    }

    /** Pays an amount; returns the CNY taken off the receivable. */
    public BigDecimal pay(BigDecimal amount) {
        BigDecimal book = relief(amount);
        bookOpen = bookOpen.subtract(book);
        paid = paid.add(amount);
        settle();
        return book;
    }

    /** Takes a payment back (an allocation reversed): the amount and the CNY it had taken off the receivable. */
    public void unpay(BigDecimal amount, BigDecimal book) {
        bookOpen = bookOpen.add(book);
        paid = paid.subtract(amount);
        settle();
    }

    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public BigDecimal getBookOpen() {
        return bookOpen;
    }

    private void settle() {
        if (open().signum() == 0) {
            status = paid.signum() > 0 ? InvoiceStatus.PAID : InvoiceStatus.CREDITED;
        } else {
            status = paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
        }
    }

    /** For demo data: an invoice issued earlier. */
    public void backdate(LocalDate dueDate) {
        this.dueDate = dueDate;
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

    public Long getOwnerId() {
        return ownerId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public String getShipmentNumber() {
        return shipmentNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
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

    public BigDecimal getCredited() {
        return credited;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public List<InvoiceLine> getLines() {
        return lines;
    }
}
