package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.customer.CustomerView;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Tickets through the facade: who opens and sees them, the status workflow, comments, SLA tasks. */
@YitiTest
class TicketTests {

    @Autowired
    ServiceReports reports;

    @Autowired
    TicketManagement tickets;

    @Autowired
    SlaTasks slaTasks;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    UserDirectory directory;

    @Autowired
    TaskManagement tasks;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    TicketData data(long customerId, TicketPriority priority, Long assignee) {
        return new TicketData(
                customerId,
                null,
                null,
                null,
                TicketType.COMPLAINT,
                priority,
                TicketChannel.PHONE,
                "设备异响 Noisy machine",
                "客户来电：设备运行时有异响。",
                assignee);
    }

    long serviceUser() {
        return directory.findByUsername("service").orElseThrow().id();
    }

    @Test
    void aRepOpensATicketForTheirCustomerAndServiceWorksIt() {
        CustomerView customer = crm.customerOf("sales1");
        TicketView opened = users.runAs("sales1", () -> tickets.open(data(customer.id(), TicketPriority.HIGH, null)));
        assertThat(opened.number()).matches("TK-\\d{4}-\\d{6}");
        assertThat(opened.status()).isEqualTo(TicketStatus.NEW);
        assertThat(opened.resolutionTargetMinutes()).isEqualTo(24 * 60);
        assertThat(opened.firstResponseTargetMinutes()).isEqualTo(4 * 60);
        assertThat(users.runAs("sales1", () -> tickets.ofCustomer(customer.id(), 10)))
                .extracting(TicketView::id)
                .contains(opened.id());
        assertThatThrownBy(() -> users.runAs("sales2", () -> tickets.get(opened.id())))
                .isInstanceOf(com.yiti.shared.RecordNotFoundException.class);
        assertThatThrownBy(() ->
                        users.runAs("sales2", () -> tickets.open(data(customer.id(), TicketPriority.LOW, null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> tickets.changeStatus(
                                opened.id(), opened.version(), TicketStatus.IN_PROGRESS, null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // service answers the customer: that is the first response
        users.runAs("service", () -> tickets.comment(opened.id(), "已安排工程师 an engineer will call", false));
        TicketView answered = users.runAs("service", () -> tickets.get(opened.id()));
        assertThat(answered.firstRespondedAt()).isNotNull();

        // resolving needs a resolution; closing takes a 1–5 score
        assertThatThrownBy(() -> users.runAs(
                        "service",
                        () -> tickets.changeStatus(
                                opened.id(), answered.version(), TicketStatus.RESOLVED, " ", null, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("ticket.resolutionRequired");
        TicketView resolved = users.runAs(
                "service",
                () -> tickets.changeStatus(
                        opened.id(), answered.version(), TicketStatus.RESOLVED, "更换轴承 bearing replaced", null, null));
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.sla()).isEqualTo(SlaState.MET);
        assertThatThrownBy(() -> users.runAs(
                        "service",
                        () -> tickets.changeStatus(
                                opened.id(), resolved.version(), TicketStatus.CLOSED, null, 6, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("ticket.csatRange");
        TicketView closed = users.runAs(
                "service",
                () -> tickets.changeStatus(opened.id(), resolved.version(), TicketStatus.CLOSED, null, 5, "很满意"));
        assertThat(closed.csat()).isEqualTo(5);
        // the outcome counts in the service figures of the period
        var byAgent = users.runAs(
                "manager",
                () -> reports.figures(
                        ServiceFigures.By.CUSTOMER,
                        java.time.LocalDate.now().minusDays(1),
                        java.time.LocalDate.now().plusDays(1)));
        assertThat(byAgent)
                .filteredOn(f -> java.util.Objects.equals(f.key(), customer.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.resolved()).isEqualTo(1);
                    assertThat(f.withinSla()).isEqualTo(1);
                    assertThat(f.averageCsat()).isEqualByComparingTo("5");
                    assertThat(f.slaCompliance()).isEqualByComparingTo("100");
                });
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> reports.figures(
                                ServiceFigures.By.AGENT, java.time.LocalDate.now(), java.time.LocalDate.now())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // and it can be reopened
        TicketView reopened = users.runAs(
                "service",
                () -> tickets.changeStatus(opened.id(), closed.version(), TicketStatus.IN_PROGRESS, null, null, null));
        assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(reopened.resolvedAt()).isNull();
    }

    @Test
    void aBreachedTicketBecomesATaskForItsOwnerAndTheServiceTeamUntilResolved() {
        CustomerView customer = crm.customerOf("sales1");
        TicketView opened =
                users.runAs("service", () -> tickets.open(data(customer.id(), TicketPriority.URGENT, serviceUser())));
        // opened two weeks ago: far past the urgent 8-hour resolution target
        jdbc.update(
                "update aft_ticket set opened_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(14))),
                opened.id());
        assertThat(users.runAs("service", () -> tickets.get(opened.id())).sla()).isEqualTo(SlaState.BREACHED);
        slaTasks.refreshSlaTasks();
        assertThat(breachedIds())
                .as("the list's breached filter, by the restamped marks")
                .contains(opened.id());
        assertThat(users.runAs(
                                "service",
                                () -> tasks.inbox(users.current("service"), TaskStatus.OPEN, PageRequest.of(0, 500)))
                        .getContent())
                .anyMatch(t -> t.titleArgs().contains(opened.number()));
        TicketView fresh = users.runAs("service", () -> tickets.get(opened.id()));
        users.runAs(
                "service",
                () -> tickets.changeStatus(opened.id(), fresh.version(), TicketStatus.RESOLVED, "done", null, null));
        assertThat(users.runAs(
                                "service",
                                () -> tasks.inbox(users.current("service"), TaskStatus.OPEN, PageRequest.of(0, 500)))
                        .getContent())
                .noneMatch(t -> t.titleArgs().contains(opened.number()));
        assertThat(users.runAs("service", () -> tickets.get(opened.id())).sla()).isEqualTo(SlaState.MISSED);
        assertThat(breachedIds()).as("a resolved ticket leaves the filter").doesNotContain(opened.id());
    }

    @Autowired
    com.yiti.support.OrderFixtures fixtures;

    @Autowired
    TicketClock ticketClock;

    @Test
    void theServiceCountsByMarksAreTheVerdictsTheTicketsShow() {
        slaTasks.refreshSlaTasks();
        assertThat(ticketClock.marksPending())
                .as("every running ticket carries its marks")
                .isFalse();
        java.util.Map<SlaState, Long> shown = users
                .runAs(
                        "service",
                        () -> tickets.search(
                                new TicketFilter(null, null, null, null, null, null), PageRequest.of(0, 5000)))
                .getContent()
                .stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        TicketView::sla, java.util.stream.Collectors.counting()));
        java.util.Map<SlaState, Long> counted = users.runAs("service", () -> reports.slaCounts());
        for (SlaState s : java.util.List.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED, SlaState.PAUSED)) {
            assertThat(counted.get(s)).as(s.name()).isEqualTo(shown.getOrDefault(s, 0L));
        }
    }

    java.util.List<Long> breachedIds() {
        return users.runAs(
                        "service",
                        () -> tickets.search(
                                new TicketFilter(null, null, null, null, null, SlaState.BREACHED),
                                PageRequest.of(0, 1000)))
                .map(TicketView::id)
                .getContent();
    }

    boolean inboxHas(String user, String text) {
        return users
                .runAs(user, () -> tasks.inbox(users.current(user), TaskStatus.OPEN, PageRequest.of(0, 500)))
                .getContent()
                .stream()
                .anyMatch(t -> t.titleArgs().contains(text));
    }

    TicketData complaint(long customerId, long productId) {
        return new TicketData(
                customerId,
                null,
                null,
                productId,
                TicketType.COMPLAINT,
                TicketPriority.HIGH,
                TicketChannel.WECHAT,
                "外壳开裂 Cracked housing",
                "到货时外壳开裂",
                null);
    }

    @Test
    void complaintsTracedToProductionOrASupplierPushTasksToThoseDepartments() {
        var product = fixtures.product(com.yiti.inventory.ProductType.BOUGHT, "10.00", 3, "0");
        CustomerView customer = crm.customerOf("sales1");
        TicketView supplier = users.runAs("service", () -> tickets.open(complaint(customer.id(), product.id())));
        users.runAs("service", () -> tickets.traceRootCause(supplier.id(), supplier.version(), RootCause.SUPPLIER));
        assertThat(inboxHas("purchasing", supplier.number())).isTrue();
        assertThat(inboxHas("production", supplier.number())).isFalse();

        var made = fixtures.product(com.yiti.inventory.ProductType.MADE, "10.00", 3, "0");
        TicketView production = users.runAs("service", () -> tickets.open(complaint(customer.id(), made.id())));
        TicketView traced = users.runAs(
                "service", () -> tickets.traceRootCause(production.id(), production.version(), RootCause.PRODUCTION));
        assertThat(traced.rootCause()).isEqualTo(RootCause.PRODUCTION);
        assertThat(inboxHas("production", production.number())).isTrue();
        assertThat(users.runAs(
                        "production", () -> reports.openQualityIssues(java.util.EnumSet.of(RootCause.PRODUCTION))))
                .anyMatch(i -> i.productId() == made.id());

        TicketView question = users.runAs("service", () -> tickets.open(data(customer.id(), TicketPriority.LOW, null)));
        assertThatThrownBy(() -> users.runAs(
                        "service", () -> tickets.traceRootCause(question.id(), question.version(), RootCause.DESIGN)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("ticket.rootCauseNeedsProduct");
    }

    @Test
    void aThirdComplaintAboutOneProductWithinThirtyDaysAlertsProductionAndManagement() {
        var product = fixtures.product(com.yiti.inventory.ProductType.MADE, "10.00", 3, "0");
        CustomerView customer = crm.customerOf("sales1");
        users.runAs("service", () -> tickets.open(complaint(customer.id(), product.id())));
        users.runAs("service", () -> tickets.open(complaint(customer.id(), product.id())));
        assertThat(inboxHas("production", product.sku())).isFalse();
        users.runAs("service", () -> tickets.open(complaint(customer.id(), product.id())));
        assertThat(inboxHas("production", product.sku())).isTrue();
        assertThat(inboxHas("manager", product.sku())).isTrue();
    }

    @Test
    void waitingForTheCustomerPausesTheClock() {
        CustomerView customer = crm.customerOf("sales1");
        TicketView opened = users.runAs("service", () -> tickets.open(data(customer.id(), TicketPriority.LOW, null)));
        TicketView waiting = users.runAs(
                "service",
                () -> tickets.changeStatus(
                        opened.id(), opened.version(), TicketStatus.WAITING_FOR_CUSTOMER, null, null, null));
        assertThat(waiting.sla()).isEqualTo(SlaState.PAUSED);
        // a week of waiting does not count against the resolution target
        jdbc.update(
                "update aft_ticket set opened_at = ?, paused_since = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(7))),
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(7))),
                opened.id());
        TicketView stillPaused = users.runAs("service", () -> tickets.get(opened.id()));
        assertThat(stillPaused.resolutionUsedMinutes()).isZero();
        TicketView back = users.runAs(
                "service",
                () -> tickets.changeStatus(
                        opened.id(), stillPaused.version(), TicketStatus.IN_PROGRESS, null, null, null));
        assertThat(back.resolutionUsedMinutes()).isLessThan(5);
        assertThat(back.sla()).isEqualTo(SlaState.ON_TRACK);
    }
}
