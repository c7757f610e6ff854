package com.yiti.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.aftersales.TicketFilter;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketView;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.opportunity.LeadFilter;
import com.yiti.opportunity.LeadManagement;
import com.yiti.opportunity.LeadView;
import com.yiti.order.OrderFilter;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderRow;
import com.yiti.order.OrderView;
import com.yiti.shared.Keyset;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The lists that exports read to the end honour keyset pages: the page after an id holds exactly what the next
 * offset page holds, in the reader's scope.
 */
@YitiTest
class ExportKeysetTests {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("id"));

    @Autowired
    TestUsers users;

    @Autowired
    OrderManagement orders;

    @Autowired
    com.yiti.order.OrderRows orderRows;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    TicketManagement tickets;

    @Autowired
    LeadManagement leads;

    private static <T> boolean continuesAsOffsetPagesDo(Function<Pageable, Page<T>> list, ToLongFunction<T> id) {
        List<T> first = list.apply(PageRequest.of(0, 3, NEWEST_FIRST)).getContent();
        List<T> second = list.apply(PageRequest.of(1, 3, NEWEST_FIRST)).getContent();
        assertThat(first).hasSize(3);
        assertThat(second).isNotEmpty();
        List<T> after = list.apply(Keyset.after(3, NEWEST_FIRST, id.applyAsLong(first.get(2))))
                .getContent();
        assertThat(after)
                .extracting(id::applyAsLong)
                .containsExactlyElementsOf(second.stream().map(id::applyAsLong).toList());
        return true;
    }

    @Test
    void ordersInvoicesTicketsAndLeadsContinueAfterTheLastId() {
        users.runAs(
                "manager",
                () -> continuesAsOffsetPagesDo(
                        p -> orders.search(new OrderFilter(null, null, null, null), p), OrderView::id));
        users.runAs(
                "sales1",
                () -> continuesAsOffsetPagesDo(
                        p -> orders.search(new OrderFilter(null, null, null, null), p), OrderView::id));
        users.runAs(
                "manager",
                () -> continuesAsOffsetPagesDo(
                        p -> orderRows.rows(new OrderFilter(null, null, null, null), p), OrderRow::id));
        users.runAs(
                "sales1",
                () -> continuesAsOffsetPagesDo(
                        p -> orderRows.rows(new OrderFilter(null, null, null, null), p), OrderRow::id));
        users.runAs(
                "finance",
                () -> continuesAsOffsetPagesDo(
                        p -> receivables.invoices(new InvoiceFilter(null, null, null, false, null), p),
                        InvoiceView::id));
        users.runAs(
                "service",
                () -> continuesAsOffsetPagesDo(
                        p -> tickets.search(new TicketFilter(null, null, null, null, null, null), p), TicketView::id));
        users.runAs("salesmgr", () -> continuesAsOffsetPagesDo(p -> leads.search(LeadFilter.none(), p), LeadView::id));
    }
}
