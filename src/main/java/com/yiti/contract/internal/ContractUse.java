package com.yiti.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An order that took part of a contract's value; removed when the order is cancelled (the contract's history keeps the total). */
@Entity
@Table(name = "con_contract_use")
public class ContractUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "order_number", nullable = false, length = 20, updatable = false)
    private String orderNumber;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "used_at", nullable = false, updatable = false)
    private Instant usedAt;

    protected ContractUse() {}

    public ContractUse(long contractId, long orderId, String orderNumber, BigDecimal amount, Instant usedAt) {
        this.contractId = contractId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.amount = amount;
        this.usedAt = usedAt;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
