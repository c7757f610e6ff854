package com.yiti.contract.internal;

import com.yiti.contract.ContractStatus;
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

/** A contract with a customer; audited (who changed its terms, signed, completed or terminated it, and when). */
@Entity
@Table(name = "con_contract")
@Audited
public class Contract extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String number;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 3, columnDefinition = "char(3)")
    private String currency;

    @Column(name = "contract_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    @Column(name = "used_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal used = BigDecimal.ZERO;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractStatus status = ContractStatus.DRAFT;

    @Column(nullable = false, length = 10)
    private String approval = "NONE";

    @Column(length = 2000)
    private String terms;

    @Column(name = "file_key", length = 40)
    private String fileKey;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_type", length = 100)
    private String fileType;

    @Column(name = "termination_reason", length = 500)
    private String terminationReason;

    protected Contract() {}

    public Contract(String number, long customerId, long ownerId) {
        this.number = number;
        this.customerId = customerId;
        this.ownerId = ownerId;
    }

    public void terms(
            String title, String currency, BigDecimal value, LocalDate validFrom, LocalDate validTo, String terms) {
        this.title = title;
        this.currency = currency;
        this.value = value;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.terms = terms;
    }

    public void approval(String approval) {
        this.approval = approval;
    }

    public void status(ContractStatus status) {
        this.status = status;
    }

    public void signed(LocalDate on) {
        this.signedOn = on;
        this.status = ContractStatus.SIGNED;
    }

    public void terminated(String reason) {
        this.status = ContractStatus.TERMINATED;
        this.terminationReason = reason;
    }

    public void signedCopy(String key, String name, String type) {
        this.fileKey = key;
        this.fileName = name;
        this.fileType = type;
    }

    public void use(BigDecimal amount) {
        this.used = used.add(amount);
    }

    public BigDecimal left() {
        return value.subtract(used);
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

    public String getTitle() {
        return title;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getUsed() {
        return used;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public String getApproval() {
        return approval;
    }

    public String getTerms() {
        return terms;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileType() {
        return fileType;
    }

    public String getTerminationReason() {
        return terminationReason;
    }
}
