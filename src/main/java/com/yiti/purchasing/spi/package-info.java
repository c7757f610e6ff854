/**
 * What purchasing asks of others: the defective units customers returned per product, for suppliers' defect rates.
 * After-sales implements it; without an implementation every rate is zero.
 */
@NamedInterface("spi")
package com.yiti.purchasing.spi;

import org.springframework.modulith.NamedInterface;
