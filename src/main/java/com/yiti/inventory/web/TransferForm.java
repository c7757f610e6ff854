package com.yiti.inventory.web;

import com.yiti.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A transfer as typed: from, to, a note and up to five rows of SKU and quantity. */
public class TransferForm {

    static final int ROWS = 5;

    @NotNull
    private Long fromWarehouseId;

    @NotNull
    private Long toWarehouseId;

    @Size(max = 500)
    private String note;

    @Valid
    private List<Line> lines = new ArrayList<>();

    public static class Line {

        @Size(max = 40)
        private String sku;

        @Limits.Quantity
        private BigDecimal quantity;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }
    }

    /** Fills the rows up to five, so the form always offers empty ones. */
    void pad() {
        while (lines.size() < ROWS) {
            lines.add(new Line());
        }
    }

    public Long getFromWarehouseId() {
        return fromWarehouseId;
    }

    public void setFromWarehouseId(Long fromWarehouseId) {
        this.fromWarehouseId = fromWarehouseId;
    }

    public Long getToWarehouseId() {
        return toWarehouseId;
    }

    public void setToWarehouseId(Long toWarehouseId) {
        this.toWarehouseId = toWarehouseId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
