/**
 * What the order module asks of others inside its transactions: the credit check at confirmation. The finance
 * module implements it; until then every order passes.
 */
@NamedInterface("spi")
package com.yiti.order.spi;

import org.springframework.modulith.NamedInterface;
