package com.yiti.production.web;

import com.yiti.production.RoutingData;
import com.yiti.production.RoutingView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The routing form: the product (by SKU when new), the lot size and the operations, blank rows left out. */
public class RoutingForm {

    /** Blank operation rows the form offers below the filled ones. */
    static final int BLANK_ROWS = 3;

    private String productSku;
    private BigDecimal lotSize = BigDecimal.ONE;
    private String note;
    private List<Operation> operations = new ArrayList<>();
    private long version;

    /** One operation row. */
    public static class Operation {

        private Long workCentreId;
        private String description;
        private BigDecimal setupMinutes;
        private BigDecimal runMinutes;

        boolean blank() {
            return workCentreId == null
                    && (description == null || description.isBlank())
                    && setupMinutes == null
                    && runMinutes == null;
        }

        public Long getWorkCentreId() {
            return workCentreId;
        }

        public void setWorkCentreId(Long workCentreId) {
            this.workCentreId = workCentreId;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getSetupMinutes() {
            return setupMinutes;
        }

        public void setSetupMinutes(BigDecimal setupMinutes) {
            this.setupMinutes = setupMinutes;
        }

        public BigDecimal getRunMinutes() {
            return runMinutes;
        }

        public void setRunMinutes(BigDecimal runMinutes) {
            this.runMinutes = runMinutes;
        }
    }

    static RoutingForm of(RoutingView r) {
        RoutingForm f = new RoutingForm();
        f.productSku = r.sku();
        f.lotSize = r.lotSize();
        f.note = r.note();
        for (RoutingView.Operation o : r.operations()) {
            Operation op = new Operation();
            op.workCentreId = o.workCentreId();
            op.description = o.description();
            op.setupMinutes = o.setupMinutes();
            op.runMinutes = o.runMinutes();
            f.operations.add(op);
        }
        f.version = r.version();
        return f;
    }

    /** Leaves out blank rows, so the rows' numbers are the ones errors name. */
    RoutingForm compact() {
        operations.removeIf(o -> o == null || o.blank());
        return this;
    }

    /** The filled rows and a few blank ones to add operations. */
    RoutingForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            operations.add(new Operation());
        }
        return this;
    }

    RoutingData toData(Long productId) {
        return new RoutingData(
                productId,
                lotSize,
                note,
                operations.stream()
                        .map(o ->
                                new RoutingData.Operation(o.workCentreId, o.description, o.setupMinutes, o.runMinutes))
                        .toList());
    }

    public String getProductSku() {
        return productSku;
    }

    public void setProductSku(String productSku) {
        this.productSku = productSku;
    }

    public BigDecimal getLotSize() {
        return lotSize;
    }

    public void setLotSize(BigDecimal lotSize) {
        this.lotSize = lotSize;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Operation> getOperations() {
        return operations;
    }

    public void setOperations(List<Operation> operations) {
        this.operations = operations;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
