package com.yiti.purchasing;

import java.math.BigDecimal;

/**
 * A supplier's defect rate: defective units customers returned ÷ units received from the supplier, in percent. A
 * product bought from several suppliers shares its returned defects in proportion to what each delivered.
 */
public record SupplierQuality(
        long supplierId, BigDecimal receivedUnits, BigDecimal defectiveUnits, BigDecimal ratePct) {

    public static SupplierQuality none(long supplierId) {
        return new SupplierQuality(supplierId, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }
}
