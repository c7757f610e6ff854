package com.yiti.order.web;

import com.yiti.order.OrderData;
import com.yiti.order.OrderView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An order header. {@code clientKey} is a one-time token rendered into the new-order form. */
public class OrderForm {

    @NotNull
    private Long customerId;

    @NotNull
    private Long warehouseId;

    @Size(max = 100)
    private String customerReference;

    @Size(max = 1000)
    private String note;

    @Size(max = 100)
    private String clientKey;

    private long version;

    private Long contractId;

    static OrderForm of(OrderView o) {
        OrderForm f = new OrderForm();
        f.customerId = o.customerId();
        f.warehouseId = o.warehouseId();
        f.customerReference = o.customerReference();
        f.note = o.note();
        f.version = o.version();
        f.contractId = o.contractId();
        return f;
    }

    OrderData toData() {
        return new OrderData(customerId, warehouseId, customerReference, note, clientKey, contractId);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public String getCustomerReference() {
        return customerReference;
    }

    public void setCustomerReference(String customerReference) {
        this.customerReference = customerReference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public String getClientKey() {
        return clientKey;
    }

    public void setClientKey(String clientKey) {
        this.clientKey = clientKey;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
