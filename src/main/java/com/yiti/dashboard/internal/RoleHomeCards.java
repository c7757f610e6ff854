package com.yiti.dashboard.internal;

import com.yiti.aftersales.QualityIssue;
import com.yiti.aftersales.RootCause;
import com.yiti.aftersales.SlaState;
import com.yiti.finance.AgingRow;
import com.yiti.finance.Exposure;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.opportunity.ActivityFilter;
import com.yiti.opportunity.ActivityManagement;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.PipelineFigures;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.HomeCards;
import com.yiti.platform.Role;
import com.yiti.production.ProductionManagement;
import com.yiti.production.ProductionOrderStatus;
import com.yiti.production.ProductionOrderView;
import com.yiti.purchasing.PurchaseOrderStatus;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.RequisitionStatus;
import com.yiti.purchasing.SupplierQuality;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Each role's home cards: a few figures about the user's own work above the task inbox, each linking to the list
 * behind it. Every figure comes from the owning module's API, in the user's scope.
 */
@Component
class RoleHomeCards implements HomeCards {

    private static final PageRequest ONE = PageRequest.of(0, 1);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final OpportunityManagement opportunities;
    private final ActivityManagement activities;
    private final OrderManagement orders;
    private final com.yiti.order.CreditHolds creditHolds;
    private final FulfilmentManagement fulfilment;
    private final InventoryManagement inventory;
    private final com.yiti.finance.PayablesViews payables;
    private final com.yiti.inventory.LowStockRule lowStock;
    private final ProductionManagement production;
    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.SupplierManagement supplierManagement;
    private final ReceivablesManagement receivables;
    private final com.yiti.finance.PaymentManagement paymentManagement;
    private final com.yiti.finance.ReceivablesPosition position;
    private final com.yiti.aftersales.ServiceReports reports;
    private final Clock clock;

    RoleHomeCards(
            OpportunityManagement opportunities,
            ActivityManagement activities,
            OrderManagement orders,
            com.yiti.order.CreditHolds creditHolds,
            FulfilmentManagement fulfilment,
            InventoryManagement inventory,
            com.yiti.finance.PayablesViews payables,
            com.yiti.inventory.LowStockRule lowStock,
            ProductionManagement production,
            PurchasingManagement purchasing,
            com.yiti.purchasing.SupplierManagement supplierManagement,
            ReceivablesManagement receivables,
            com.yiti.finance.PaymentManagement paymentManagement,
            com.yiti.finance.ReceivablesPosition position,
            com.yiti.aftersales.ServiceReports reports,
            Clock clock) {
        this.opportunities = opportunities;
        this.activities = activities;
        this.orders = orders;
        this.creditHolds = creditHolds;
        this.fulfilment = fulfilment;
        this.inventory = inventory;
        this.payables = payables;
        this.lowStock = lowStock;
        this.production = production;
        this.purchasing = purchasing;
        this.supplierManagement = supplierManagement;
        this.receivables = receivables;
        this.paymentManagement = paymentManagement;
        this.position = position;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(CurrentUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.hasRole(Role.SALES_REP) || user.hasRole(Role.SALES_MANAGER)) {
            sales(user, cards);
        }
        if (user.hasRole(Role.WAREHOUSE)) {
            warehouse(cards);
        }
        if (user.hasRole(Role.PRODUCTION)) {
            production(cards);
        }
        if (user.hasRole(Role.PURCHASING)) {
            purchasing(cards);
        }
        if (user.hasRole(Role.FINANCE)) {
            finance(cards);
        }
        if (user.hasRole(Role.SERVICE)) {
            service(cards);
        }
        return cards;
    }

    private void sales(CurrentUser user, List<HomeCard> cards) {
        LocalDate today = today();
        PipelineFigures mine = opportunities.pipelineFigures(
                List.of(user.id()),
                today.withDayOfMonth(1).atStartOfDay(ZONE).toInstant(),
                today.plusDays(1).atStartOfDay(ZONE).toInstant());
        cards.add(new HomeCard(
                "my-pipeline",
                "home.card.myPipeline",
                money(mine.openAmount()),
                "home.card.weighted",
                List.of(money(mine.weightedAmount())),
                "/opportunities?ownerId=" + user.id(),
                false));
        Map<OrderStatus, Long> myOrders = orders.myCountsByStatus(
                java.util.EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.PARTIALLY_SHIPPED, OrderStatus.CREDIT_HOLD));
        long confirmed = myOrders.getOrDefault(OrderStatus.CONFIRMED, 0L);
        long partly = myOrders.getOrDefault(OrderStatus.PARTIALLY_SHIPPED, 0L);
        long held = myOrders.getOrDefault(OrderStatus.CREDIT_HOLD, 0L);
        cards.add(new HomeCard(
                "my-orders",
                "home.card.myOrders",
                String.valueOf(confirmed + partly + held),
                "home.card.myOrdersDetail",
                List.of(String.valueOf(confirmed), String.valueOf(partly), String.valueOf(held)),
                "/orders?ownerId=" + user.id(),
                held > 0));
        Exposure.Overdue overdue = position.overdueInScope();
        cards.add(new HomeCard(
                "my-overdue",
                "home.card.myOverdue",
                money(overdue.amount()),
                "home.card.invoices",
                List.of(String.valueOf(overdue.count())),
                "/customers?ownerId=" + user.id(),
                overdue.count() > 0));
        long followUps = count(activities.search(new ActivityFilter(null, user.id(), true, null, null, null), ONE));
        cards.add(new HomeCard(
                "my-follow-ups", "home.card.followUps", String.valueOf(followUps), null, null, "/", false));
    }

    private void warehouse(List<HomeCard> cards) {
        cards.add(new HomeCard(
                "to-pick",
                "home.card.toPick",
                String.valueOf(count(fulfilment.pickList(null, null, ONE))),
                null,
                null,
                "/fulfilment",
                false));
        cards.add(new HomeCard(
                "shipped-today",
                "home.card.shippedToday",
                String.valueOf(fulfilment.dispatchedOn(today())),
                null,
                null,
                "/shipments",
                false));
        cards.add(new HomeCard(
                "receipts-expected",
                "home.card.receiptsExpected",
                String.valueOf(count(purchasing.purchaseOrders(
                        EnumSet.of(PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED), ONE))),
                null,
                null,
                "/purchasing/orders?receivable=true",
                false));
        lowStock(cards);
    }

    private void lowStock(List<HomeCard> cards) {
        long low = lowStock.lowStockCount();
        cards.add(new HomeCard(
                "low-stock", "home.card.lowStock", String.valueOf(low), null, null, "/stock?low=true", low > 0));
    }

    private void production(List<HomeCard> cards) {
        LocalDate endOfWeek = today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        long dueThisWeek = production.openPlan().stream()
                .flatMap(g -> g.lines().stream())
                .filter(l -> l.needBy() != null && !l.needBy().isAfter(endOfWeek))
                .count();
        cards.add(new HomeCard(
                "plan-due", "home.card.planDue", String.valueOf(dueThisWeek), null, null, "/production", false));
        long late = 0;
        for (ProductionOrderStatus s : List.of(ProductionOrderStatus.PLANNED, ProductionOrderStatus.STARTED)) {
            late += production.orders(s, PageRequest.of(0, 500)).getContent().stream()
                    .map(ProductionOrderView::dueDate)
                    .filter(d -> d != null && d.isBefore(today()))
                    .count();
        }
        cards.add(new HomeCard(
                "late-production",
                "home.card.lateProduction",
                String.valueOf(late),
                null,
                null,
                "/production/orders",
                late > 0));
        List<QualityIssue> issues = reports.openQualityIssues(EnumSet.of(RootCause.PRODUCTION));
        cards.add(new HomeCard(
                "quality",
                "home.card.quality",
                String.valueOf(issues.size()),
                null,
                null,
                "/tickets/quality",
                !issues.isEmpty()));
    }

    private void purchasing(List<HomeCard> cards) {
        long heldInvoices = payables.heldCount();
        cards.add(new HomeCard(
                "held-supplier-invoices",
                "home.card.heldSupplierInvoices",
                String.valueOf(heldInvoices),
                null,
                null,
                "/finance/supplier-invoices?status=HELD",
                heldInvoices > 0));
        cards.add(new HomeCard(
                "to-order",
                "home.card.toOrder",
                String.valueOf(count(purchasing.requisitions(RequisitionStatus.OPEN, null, ONE))),
                null,
                null,
                "/purchasing",
                false));
        long late = purchasing
                .purchaseOrders(
                        EnumSet.of(PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED),
                        PageRequest.of(0, 500))
                .getContent()
                .stream()
                .map(PurchaseOrderView::expectedDate)
                .filter(d -> d != null && d.isBefore(today()))
                .count();
        cards.add(new HomeCard(
                "late-pos",
                "home.card.latePurchaseOrders",
                String.valueOf(late),
                null,
                null,
                "/purchasing/orders",
                late > 0));
        Map<Long, SupplierQuality> quality = supplierManagement.supplierQuality();
        SupplierQuality worst = quality.values().stream()
                .filter(q -> q.ratePct() != null)
                .max(Comparator.comparing(SupplierQuality::ratePct))
                .orElse(null);
        String name = worst == null
                ? "—"
                : supplierManagement.supplier(worst.supplierId()).name();
        cards.add(new HomeCard(
                "defect-rate",
                "home.card.defectRate",
                worst == null ? "—" : worst.ratePct() + " %",
                "home.card.worstSupplier",
                List.of(name),
                "/suppliers",
                worst != null && worst.ratePct().compareTo(BigDecimal.ONE) >= 0));
        lowStock(cards);
    }

    private void finance(List<HomeCard> cards) {
        long held = count(creditHolds.creditHolds(ONE));
        cards.add(new HomeCard(
                "held-orders", "home.card.heldOrders", String.valueOf(held), null, null, "/finance/holds", held > 0));
        var due = payables.dueSummary();
        cards.add(new HomeCard(
                "payables-due",
                "home.card.payablesDue",
                String.valueOf(due.invoices()),
                "home.card.payablesDueDetail",
                List.of(money(due.amount())),
                "/finance/payables",
                due.overdue()));
        List<AgingRow> aging = position.agingSummary(today(), 1);
        AgingRow total = aging.get(aging.size() - 1);
        BigDecimal overdue = total.total().subtract(total.current());
        cards.add(new HomeCard(
                "overdue-invoices",
                "home.card.overdueInvoices",
                money(overdue),
                aging.size() > 1 ? "home.card.mostOverdue" : null,
                aging.size() > 1 ? List.of(aging.get(0).customerName()) : null,
                "/finance/invoices?overdue=true",
                overdue.signum() > 0));
        cards.add(new HomeCard(
                "to-allocate",
                "home.card.toAllocate",
                String.valueOf(paymentManagement.paymentsToAllocate()),
                null,
                null,
                "/finance/payments",
                false));
    }

    private void service(List<HomeCard> cards) {
        Map<SlaState, Long> counts = reports.slaCounts();
        for (SlaState s : List.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED, SlaState.PAUSED)) {
            long n = counts.getOrDefault(s, 0L);
            cards.add(new HomeCard(
                    "sla-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "sla." + s.name(),
                    String.valueOf(n),
                    null,
                    null,
                    "/tickets?sla=" + s.name(),
                    n > 0 && (s == SlaState.BREACHED || s == SlaState.AT_RISK)));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static long count(Page<?> page) {
        return page.getTotalElements();
    }

    private static String money(BigDecimal amount) {
        return new java.text.DecimalFormat("#,##0.00").format(amount);
    }
}
