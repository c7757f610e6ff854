package com.yiti.aftersales.internal;

import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketStatus;
import com.yiti.aftersales.TicketType;
import com.yiti.aftersales.TicketView;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.platform.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Demo tickets in every status, one urgent ticket breached, one waiting for the customer (its clock paused). */
@Component
@Order(60)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class AftersalesDemoData implements ApplicationRunner {

    private final Tickets repository;
    private final TicketManagement tickets;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final JdbcTemplate jdbc;
    private final com.yiti.inventory.InventoryManagement inventory;
    private final com.yiti.aftersales.ReturnManagement returns;
    private final com.yiti.order.FulfilmentManagement fulfilment;
    private final com.yiti.order.OrderReturns orderReturns;
    private final com.yiti.aftersales.SlaTasks slaTasks;

    AftersalesDemoData(
            Tickets repository,
            TicketManagement tickets,
            CustomerManagement customers,
            UserDirectory directory,
            JdbcTemplate jdbc,
            com.yiti.inventory.InventoryManagement inventory,
            com.yiti.aftersales.ReturnManagement returns,
            com.yiti.order.FulfilmentManagement fulfilment,
            com.yiti.order.OrderReturns orderReturns,
            com.yiti.aftersales.SlaTasks slaTasks) {
        this.slaTasks = slaTasks;
        this.orderReturns = orderReturns;
        this.returns = returns;
        this.fulfilment = fulfilment;
        this.inventory = inventory;
        this.repository = repository;
        this.tickets = tickets;
        this.customers = customers;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0 || directory.findByUsername("service").isEmpty()) {
            return;
        }
        long agent = directory.findByUsername("service").orElseThrow().id();
        SystemActor.runAs("service", Role.SERVICE, () -> {
            List<CustomerSummary> some = customers
                    .allCustomers(null, PageRequest.of(0, 12, Sort.by("id")))
                    .getContent();
            if (some.size() < 10) {
                return null;
            }
            TicketView breached =
                    open(some.get(0), TicketType.COMPLAINT, TicketPriority.URGENT, "生产线停机 Line stopped", agent);
            TicketView fresh =
                    open(some.get(1), TicketType.QUESTION, TicketPriority.NORMAL, "如何校准传感器 How to calibrate", null);
            TicketView working =
                    open(some.get(2), TicketType.REPAIR, TicketPriority.HIGH, "电机过热 Motor overheats", agent);
            working = tickets.changeStatus(working.id(), working.version(), TicketStatus.IN_PROGRESS, null, null, null);
            tickets.comment(working.id(), "已安排工程师明天上门 Engineer visits tomorrow", false);
            TicketView waiting = open(
                    some.get(3), TicketType.INSTALLATION, TicketPriority.NORMAL, "安装调试预约 Installation date", agent);
            tickets.changeStatus(waiting.id(), waiting.version(), TicketStatus.WAITING_FOR_CUSTOMER, null, null, null);
            TicketView resolved =
                    open(some.get(4), TicketType.QUESTION, TicketPriority.LOW, "发票抬头 Invoice title", agent);
            tickets.changeStatus(
                    resolved.id(), resolved.version(), TicketStatus.RESOLVED, "已告知开票信息 Told the details", null, null);
            TicketView closed =
                    open(some.get(5), TicketType.RETURN, TicketPriority.NORMAL, "型号发错 Wrong model delivered", agent);
            closed = tickets.changeStatus(
                    closed.id(), closed.version(), TicketStatus.RESOLVED, "已换货 Replaced", null, null);
            tickets.changeStatus(closed.id(), closed.version(), TicketStatus.CLOSED, null, 4, "处理及时 quick");
            // three complaints about one control cabinet this month: a repeat failure, traced to production; a sensor
            // complaint traced to the supplier
            var products = inventory
                    .products(new com.yiti.inventory.ProductFilter(null, null, true), PageRequest.of(0, 500))
                    .getContent();
            products.stream().filter(p -> p.sku().equals("CAB-104")).findFirst().ifPresent(cabinet -> {
                TicketView last = null;
                for (int i = 0; i < 3; i++) {
                    last = tickets.open(new TicketData(
                            some.get(6 + i % 3).id(),
                            null,
                            null,
                            cabinet.id(),
                            TicketType.COMPLAINT,
                            TicketPriority.HIGH,
                            TicketChannel.PHONE,
                            "控制柜跳闸 Cabinet trips",
                            "控制柜频繁跳闸（客户来电 call）",
                            agent));
                }
                tickets.traceRootCause(last.id(), last.version(), com.yiti.aftersales.RootCause.PRODUCTION);
            });
            products.stream().filter(p -> p.sku().equals("SEN-100")).findFirst().ifPresent(sensor -> {
                TicketView t = tickets.open(new TicketData(
                        some.get(9).id(),
                        null,
                        null,
                        sensor.id(),
                        TicketType.COMPLAINT,
                        TicketPriority.NORMAL,
                        TicketChannel.EMAIL,
                        "传感器读数漂移 Sensor drifts",
                        "到货一周后读数漂移",
                        agent));
                tickets.traceRootCause(t.id(), t.version(), com.yiti.aftersales.RootCause.SUPPLIER);
            });
            returns(products, some, agent);
            // the urgent complaint came in two weeks ago and nobody resolved it: breached on any day the demo starts
            // (two days back from a Monday are a weekend, which the service calendar does not count)
            jdbc.update(
                    "update aft_ticket set opened_at = ? where id = ?",
                    java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(14))),
                    breached.id());
            return fresh;
        });
        slaTasks.refreshSlaTasks();
    }

    /**
     * Returns on the demo shipments: defective sensors quarantined and credited (their supplier gets a defect rate),
     * a transmitter not needed restocked and waiting for finance's credit note, a bearing damaged in transit
     * quarantined and replaced by a free order.
     */
    private void returns(List<com.yiti.inventory.ProductView> products, List<CustomerSummary> some, long agent) {
        java.util.Map<Long, String> skus = products.stream()
                .collect(java.util.stream.Collectors.toMap(
                        com.yiti.inventory.ProductView::id, com.yiti.inventory.ProductView::sku));
        List<com.yiti.order.ShipmentView> shipped = SystemActor.runAs(
                "admin",
                Role.ADMIN,
                () -> fulfilment.shipments(null, null, PageRequest.of(0, 50)).getContent());
        record Plan(
                String sku,
                com.yiti.aftersales.ReturnReason reason,
                com.yiti.aftersales.ReturnSettlement settlement,
                com.yiti.aftersales.Disposition disposition,
                boolean credit,
                String subject) {}
        List<Plan> plans = List.of(
                new Plan(
                        "SEN-100",
                        com.yiti.aftersales.ReturnReason.DEFECT,
                        com.yiti.aftersales.ReturnSettlement.CREDIT,
                        com.yiti.aftersales.Disposition.QUARANTINE,
                        true,
                        "传感器不良退货 Defective sensors back"),
                new Plan(
                        "PRS-101",
                        com.yiti.aftersales.ReturnReason.NOT_NEEDED,
                        com.yiti.aftersales.ReturnSettlement.CREDIT,
                        com.yiti.aftersales.Disposition.RESTOCK,
                        false,
                        "多订了一台 One ordered too many"),
                new Plan(
                        "BRG-108",
                        com.yiti.aftersales.ReturnReason.DAMAGED,
                        com.yiti.aftersales.ReturnSettlement.REPLACEMENT,
                        com.yiti.aftersales.Disposition.QUARANTINE,
                        false,
                        "轴承运输磕碰 Bearing damaged in transit"));
        for (Plan plan : plans) {
            shipped.stream()
                    .flatMap(s -> s.lines().stream().map(l -> java.util.Map.entry(s, l)))
                    .filter(e -> plan.sku().equals(skus.get(e.getValue().productId())))
                    .findFirst()
                    .ifPresent(e -> {
                        var shipment = e.getKey();
                        var line = e.getValue();
                        long customerId =
                                orderReturns.returnable(shipment.orderId()).customerId();
                        TicketView t = tickets.open(new TicketData(
                                customerId,
                                null,
                                shipment.orderId(),
                                line.productId(),
                                TicketType.RETURN,
                                TicketPriority.NORMAL,
                                TicketChannel.PHONE,
                                plan.subject(),
                                plan.subject() + "（客户来电 call）",
                                agent));
                        if (plan.reason() == com.yiti.aftersales.ReturnReason.DEFECT) {
                            tickets.traceRootCause(t.id(), t.version(), com.yiti.aftersales.RootCause.SUPPLIER);
                        }
                        var rma = returns.authorize(
                                t.id(),
                                new com.yiti.aftersales.ReturnData(
                                        plan.reason(),
                                        plan.settlement(),
                                        null,
                                        java.util.Map.of(
                                                line.orderLineId(),
                                                plan.reason() == com.yiti.aftersales.ReturnReason.DEFECT
                                                        ? new java.math.BigDecimal("2")
                                                        : java.math.BigDecimal.ONE)));
                        var received = SystemActor.runAs(
                                "warehouse",
                                Role.WAREHOUSE,
                                () -> returns.receive(
                                        rma.id(),
                                        rma.version(),
                                        java.util.Map.of(rma.lines().get(0).id(), plan.disposition())));
                        if (plan.credit()) {
                            SystemActor.runAs(
                                    "finance", Role.FINANCE, () -> returns.credit(received.id(), received.version()));
                        }
                    });
        }
    }

    private TicketView open(CustomerSummary c, TicketType type, TicketPriority priority, String subject, Long agent) {
        return tickets.open(new TicketData(
                c.id(),
                null,
                null,
                null,
                type,
                priority,
                TicketChannel.PHONE,
                subject,
                subject + "（客户来电 call）",
                agent));
    }
}
