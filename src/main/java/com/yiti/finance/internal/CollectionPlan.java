package com.yiti.finance.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A collection plan on a contract or an order; audited with its instalments. */
@Entity
@Table(name = "fin_collection_plan")
@Audited
public class CollectionPlan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "contract_id", updatable = false)
    private Long contractId;

    @Column(name = "contract_number", length = 20, updatable = false)
    private String contractNumber;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "order_number", length = 20, updatable = false)
    private String orderNumber;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)", updatable = false)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(length = 500)
    private String note;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<Instalment> instalments = new ArrayList<>();

    protected CollectionPlan() {}

    public CollectionPlan(
            long customerId,
            Long contractId,
            String contractNumber,
            Long orderId,
            String orderNumber,
            String currency,
            BigDecimal total) {
        this.customerId = customerId;
        this.contractId = contractId;
        this.contractNumber = contractNumber;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.currency = currency;
        this.total = total;
    }

    public void total(BigDecimal total) {
        this.total = total;
    }

    public void note(String note) {
        this.note = note;
    }

    public void milestones(LocalDate signedOn, LocalDate deliveredOn, LocalDate acceptedOn) {
        this.signedOn = signedOn;
        this.deliveredOn = deliveredOn;
        this.acceptedOn = acceptedOn;
        redate();
    }

    /** Each instalment's due date from its trigger: a fixed date, or its milestone's date plus its days. */
    public void redate() {
        for (Instalment i : instalments) {
            LocalDate milestone = switch (i.getTrigger()) {
                case DATE -> null;
                case SIGNING -> signedOn;
                case DELIVERY -> deliveredOn;
                case ACCEPTANCE -> acceptedOn;
            };
            i.due(
                    switch (i.getTrigger()) {
                        case DATE -> i.getFixedDate();
                        default -> milestone == null ? null : milestone.plusDays(i.getOffsetDays());
                    });
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public String getNote() {
        return note;
    }

    public List<Instalment> getInstalments() {
        return instalments;
    }
}
