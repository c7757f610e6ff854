package com.yiti.aftersales;

import com.yiti.order.ReturnableOrder;
import java.util.List;

/**
 * What a ticket page shows of returns: the number of the order the ticket names (null: none), the returns raised on
 * it, and the order's lines for a new return (null when the reader may not authorise one or the ticket takes none).
 */
public record TicketReturns(String orderNumber, List<ReturnView> returns, ReturnableOrder returnable) {}
