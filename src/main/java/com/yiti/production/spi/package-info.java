/**
 * What production's planning asks of others: the purchase supply on its way and the bought goods customers wait for,
 * and a requisition for a firmed proposal. Purchasing implements it; without an implementation planning sees no
 * purchase supply and cannot firm a proposal to buy.
 */
@NamedInterface("spi")
package com.yiti.production.spi;

import org.springframework.modulith.NamedInterface;
