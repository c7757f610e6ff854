package com.yiti.purchasing.spi;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Units of each product that customers returned as defective (the goods are back); products without any omitted. */
public interface DefectReturns {

    Map<Long, BigDecimal> defectiveUnitsReturned(Collection<Long> productIds);
}
