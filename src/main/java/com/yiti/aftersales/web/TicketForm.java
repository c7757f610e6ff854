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

    private Long orderId;

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

    static TicketForm of(TicketView t) {
        TicketForm f = new TicketForm();
        f.customerId = t.customerId();
        f.orderId = t.orderId();
        f.productId = t.productId();
        f.type = t.type();
        f.priority = t.priority();
        f.channel = t.channel();
        f.subject = t.subject();
        f.description = t.description();
        f.assigneeId = t.assigneeId();
        f.version = t.version();
        return f;
    }

    TicketData toData() {
        return new TicketData(
                customerId, null, orderId, productId, type, priority, channel, subject, description, assigneeId);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
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
