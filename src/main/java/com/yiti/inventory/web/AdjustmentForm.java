package com.yiti.inventory.web;

import com.yiti.shared.Limits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A count correction: the quantity counted on the shelf, and why it differs. */
public class AdjustmentForm {

    @NotNull
    private Long productId;

    @NotNull
    private Long warehouseId;

    @NotNull
    @DecimalMin("0.000")
    @Digits(integer = 16, fraction = 3)
    @Limits.Quantity
    private BigDecimal counted;

    @NotBlank
    @Size(max = 500)
    private String note;

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public BigDecimal getCounted() {
        return counted;
    }

    public void setCounted(BigDecimal counted) {
        this.counted = counted;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
