package com.yiti.aftersales.web;

import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketType;
import com.yiti.aftersales.TicketView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class TicketForm {

    @NotNull
    private Long customerId;

    /** The order as people know it, by number (SO-2026-000123). */
    private String orderNumber;

    private Long productId;

    @NotNull
    private TicketType type = TicketType.QUESTION;

    @NotNull
    private TicketPriority priority = TicketPriority.NORMAL;

    @NotNull
    private TicketChannel channel = TicketChannel.PHONE;

    @NotBlank
    @Size(max = 200)
    private String subject;

    @NotBlank
    @Size(max = 4000)
    private String description;

    private Long assigneeId;

    private long version;

    @jakarta.validation.constraints.Size(max = 60)
    private String lotNumber;

    public String getLotNumber() {
        return lotNumber;
    }

    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    static TicketForm of(TicketView t, String orderNumber) {
        TicketForm f = new TicketForm();
        f.customerId = t.customerId();
        f.orderNumber = orderNumber;
        f.productId = t.productId();
        f.type = t.type();
        f.priority = t.priority();
        f.channel = t.channel();
        f.subject = t.subject();
        f.description = t.description();
        f.assigneeId = t.assigneeId();
        f.lotNumber = t.lotNumber();
        f.version = t.version();
        return f;
    }

    /** The ticket's data, with the order number turned into the order's id by {@code orderIds}. */
    TicketData toData(java.util.function.Function<String, Long> orderIds) {
        return new TicketData(
                customerId,
                null,
                orderIds.apply(orderNumber),
                productId,
                type,
                priority,
                channel,
                subject,
                description,
                assigneeId,
                lotNumber);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public void setPriority(TicketPriority priority) {
        this.priority = priority;
    }

    public TicketChannel getChannel() {
        return channel;
    }

    public void setChannel(TicketChannel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
