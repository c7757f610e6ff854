package com.yiti.order.internal;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductView;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.LineData;
import com.yiti.order.LineView;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.QuotationData;
import com.yiti.order.QuotationManagement;
import com.yiti.order.QuotationStatus;
import com.yiti.order.QuotationView;
import com.yiti.order.ShipmentData;
import com.yiti.order.ShipmentView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.platform.UserDirectory;
import com.yiti.production.PlanGroup;
import com.yiti.production.ProductionManagement;
import com.yiti.production.ProductionOrderView;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.RequisitionLineView;
import com.yiti.purchasing.RequisitionStatus;
import com.yiti.purchasing.SupplierData;
import com.yiti.purchasing.SupplierView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo quotations and orders in every state, made through the facades by the people who would do it: reps quote
 * and confirm, production plans and starts, purchasing orders from suppliers, the warehouse ships. Orders wait on
 * production and on purchasing (backorders), some are partly shipped, some delivered, one cancelled.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class OrderDemoData implements ApplicationRunner {

    private final SalesOrders salesOrders;
    private final Quotations quotationRepository;
    private final QuotationManagement quotations;
    private final OrderManagement orders;
    private final FulfilmentManagement fulfilment;
    private final ProductionManagement production;
    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.SupplierManagement supplierManagement;
    private final CustomerManagement customers;
    private final com.yiti.customer.CreditTermsManagement creditTerms;
    private final OpportunityManagement opportunities;
    private final InventoryManagement inventory;
    private final UserDirectory directory;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final com.yiti.order.OrderApprovals approvals;

    OrderDemoData(
            SalesOrders salesOrders,
            Quotations quotationRepository,
            QuotationManagement quotations,
            OrderManagement orders,
            FulfilmentManagement fulfilment,
            ProductionManagement production,
            PurchasingManagement purchasing,
            com.yiti.purchasing.SupplierManagement supplierManagement,
            CustomerManagement customers,
            com.yiti.customer.CreditTermsManagement creditTerms,
            OpportunityManagement opportunities,
            InventoryManagement inventory,
            UserDirectory directory,
            TransactionTemplate tx,
            Clock clock,
            com.yiti.order.OrderApprovals approvals) {
        this.approvals = approvals;
        this.salesOrders = salesOrders;
        this.quotationRepository = quotationRepository;
        this.quotations = quotations;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.production = production;
        this.purchasing = purchasing;
        this.supplierManagement = supplierManagement;
        this.customers = customers;
        this.creditTerms = creditTerms;
        this.opportunities = opportunities;
        this.inventory = inventory;
        this.directory = directory;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (salesOrders.count() > 0 || inventory.warehouses().isEmpty()) {
            return;
        }
        Map<String, ProductView> products = SystemActor.runAs(
                "admin",
                Role.ADMIN,
                () ->
                        inventory
                                .products(new ProductFilter(null, null, true), PageRequest.of(0, 500))
                                .getContent()
                                .stream()
                                .collect(Collectors.toMap(ProductView::sku, Function.identity())));
        if (!products.containsKey("SEN-100") || !products.containsKey("FIX-406")) {
            return; // not the standard demo catalogue
        }
        long sh01 = inventory.warehouses().get(0).id();
        List<SupplierView> suppliers = SystemActor.runAs("purchasing", Role.PURCHASING, this::suppliers);

        // sales1: delivered, shipped, partly shipped with a line waiting for production, a draft, a cancelled
        // order, one on credit hold, and quotations in every state
        asRep("sales1", (mine) -> {
            OrderView delivered = confirmed(mine.get(0), sh01, line(products, "SEN-100", "5"));
            ShipmentView s = ship(delivered, "顺丰速运", "SF1403859201");
            SystemActor.runAs("warehouse", Role.WAREHOUSE, () -> fulfilment.markDelivered(s.id(), s.version(), null));
            OrderView shipped = confirmed(mine.get(1), sh01, line(products, "PRS-101", "4"));
            ShipmentView second = ship(shipped, "德邦物流", "DPK88230017");
            SystemActor.runAs(
                    "warehouse", Role.WAREHOUSE, () -> fulfilment.markDelivered(second.id(), second.version(), null));
            OrderView onTheRoad = confirmed(mine.get(8), sh01, line(products, "SEN-200", "12"));
            ship(onTheRoad, "顺丰速运", "SF1403860055");
            // this customer pays 30 days after month end (月结 30 天): its invoices fall due then
            SystemActor.runAs("finance", Role.FINANCE, () -> {
                creditTerms.changeCreditTerms(mine.get(2).id(), null, null, null, "EOM30");
                return null;
            });
            OrderView partly =
                    confirmed(mine.get(2), sh01, line(products, "BRG-108", "10"), line(products, "CAB-104", "5"));
            ship(partly, "顺丰速运", "SF1403859377");
            draft(mine.get(3), sh01, line(products, "CBL-107", "200"), line(products, "SRV-109", "1"));
            OrderView cancelled = confirmed(mine.get(4), sh01, line(products, "MOT-102", "2"));
            orders.cancel(cancelled.id(), "客户预算冻结 Customer froze the budget");
            // finance gave this customer a credit limit the order exceeds: the credit check holds it
            CustomerView limited = mine.get(5);
            SystemActor.runAs("finance", Role.FINANCE, () -> {
                creditTerms.changeCreditTerms(limited.id(), new BigDecimal("20000.00"), 30);
                return null;
            });
            confirmed(limited, sh01, line(products, "PLC-103", "6"));
            quotationsInEveryState(mine, sh01, products);
            return null;
        });
        // sales2: fully reserved, and one waiting for purchasing
        asRep("sales2", (mine) -> {
            confirmed(mine.get(0), sh01, line(products, "PLC-103", "2"), line(products, "SRV-109", "1"));
            confirmed(mine.get(1), sh01, line(products, "PRS-401", "10"));
            return null;
        });
        // sales3: one waiting for production
        asRep("sales3", (mine) -> {
            confirmed(mine.get(0), sh01, line(products, "FIX-406", "6"));
            return null;
        });
        // production makes the fixtures (started), the cabinets stay on the open plan
        SystemActor.runAs("production", Role.PRODUCTION, () -> {
            for (PlanGroup g : production.openPlan()) {
                if (g.sku().equals("FIX-406")) {
                    ProductionOrderView mo = production.createOrder(
                            g.lines().stream().map(l -> l.id()).toList(), null);
                    production.start(mo.id(), mo.version());
                }
            }
            return null;
        });
        // purchasing orders the transmitters; the warehouse has received part of them
        SystemActor.runAs("purchasing", Role.PURCHASING, () -> {
            List<Long> open =
                    purchasing
                            .requisitions(RequisitionStatus.OPEN, "PRS-401", PageRequest.of(0, 100))
                            .getContent()
                            .stream()
                            .filter(r -> r.sku().equals("PRS-401"))
                            .map(RequisitionLineView::id)
                            .toList();
            if (!open.isEmpty()) {
                PurchaseOrderView po =
                        purchasing.createPurchaseOrder(suppliers.get(0).id(), open, null);
                PurchaseOrderView sent = purchasing.send(po.id(), po.version());
                SystemActor.runAs(
                        "warehouse",
                        Role.WAREHOUSE,
                        () -> purchasing.receive(
                                sent.id(), Map.of(sent.lines().get(0).id(), new BigDecimal("3")), "第一批 first lot"));
            }
            // the temperature sensors come from the instrument maker: a received lot (its defect rate shows once
            // customers return defective sensors)
            var reorder = purchasing.requisitionReorder(products.get("SEN-100").id(), sh01, new BigDecimal("50"));
            PurchaseOrderView sensors =
                    purchasing.createPurchaseOrder(suppliers.get(0).id(), List.of(reorder.id()), null);
            PurchaseOrderView sensorsSent = purchasing.send(sensors.id(), sensors.version());
            SystemActor.runAs(
                    "warehouse",
                    Role.WAREHOUSE,
                    () -> purchasing.receive(
                            sensorsSent.id(),
                            Map.of(sensorsSent.lines().get(0).id(), new BigDecimal("50")),
                            "整批到货 full lot"));
            return null;
        });
    }

    private void asRep(String rep, Function<List<CustomerView>, Void> work) {
        long repId = directory.findByUsername(rep).orElseThrow().id();
        SystemActor.runAs(rep, Role.SALES_REP, () -> {
            List<CustomerView> mine = customers
                    .search(new CustomerFilter(null, repId, null, null, null), PageRequest.of(0, 30, Sort.by("id")))
                    .getContent()
                    .stream()
                    .filter(c -> c.status() != CustomerStatus.INACTIVE)
                    .toList();
            return mine.size() < 9 ? null : work.apply(mine);
        });
    }

    private static LineData line(Map<String, ProductView> products, String sku, String quantity) {
        return new LineData(products.get(sku).id(), new BigDecimal(quantity), null, null);
    }

    private OrderView draft(CustomerView customer, long warehouseId, LineData... lines) {
        OrderView order = orders.create(new OrderData(customer.id(), warehouseId, "PO-" + customer.id(), null, null));
        for (LineData l : lines) {
            order = orders.addLine(order.id(), order.version(), l);
        }
        return order;
    }

    private OrderView confirmed(CustomerView customer, long warehouseId, LineData... lines) {
        return orders.confirm(draft(customer, warehouseId, lines).id(), null);
    }

    private ShipmentView ship(OrderView order, String carrier, String tracking) {
        OrderView current = orders.get(order.id());
        Map<Long, BigDecimal> reserved = current.lines().stream()
                .filter(l -> l.reservedQuantity().signum() > 0)
                .collect(Collectors.toMap(LineView::id, LineView::reservedQuantity));
        return SystemActor.runAs(
                "warehouse",
                Role.WAREHOUSE,
                () -> fulfilment.ship(order.id(), new ShipmentData(reserved, carrier, tracking)));
    }

    private void quotationsInEveryState(List<CustomerView> mine, long sh01, Map<String, ProductView> products) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        CustomerView customer = mine.get(6);
        Long opportunityId = opportunities.ofCustomer(customer.id()).stream()
                .filter(o -> !o.stage().closed())
                .map(OpportunityView::id)
                .findFirst()
                .orElse(null);
        QuotationView draft = quotation(customer, null, sh01, today.plusDays(30));
        quotations.addLine(draft.id(), draft.version(), line(products, "CNV-105", "1"));

        QuotationView pending = quotation(mine.get(7), null, sh01, today.plusDays(20));
        pending = quotations.addLine(
                pending.id(),
                pending.version(),
                new LineData(products.get("CAB-204").id(), BigDecimal.ONE, null, new BigDecimal("18")));
        quotations.requestApproval(pending.id(), pending.version());

        // an order typed directly with a 25% discount: it waits for the sales manager like a quotation would
        OrderView discounted = draft(
                mine.get(7),
                sh01,
                new LineData(products.get("CAB-204").id(), BigDecimal.ONE, null, new BigDecimal("25")));
        approvals.requestApproval(discounted.id(), discounted.version());

        QuotationView sent = quotation(mine.get(1), null, sh01, today.plusDays(14));
        sent = quotations.addLine(sent.id(), sent.version(), line(products, "SEN-200", "20"));
        quotations.send(sent.id(), sent.version());

        QuotationView accepted = quotation(customer, opportunityId, sh01, today.plusDays(30));
        accepted = quotations.addLine(accepted.id(), accepted.version(), line(products, "FIX-106", "2"));
        accepted = quotations.addLine(
                accepted.id(),
                accepted.version(),
                new LineData(products.get("SRV-109").id(), BigDecimal.ONE, null, new BigDecimal("10")));
        accepted = quotations.send(accepted.id(), accepted.version());
        quotations.accept(accepted.id());

        QuotationView rejected = quotation(mine.get(2), null, sh01, today.plusDays(10));
        rejected = quotations.addLine(rejected.id(), rejected.version(), line(products, "MOT-202", "3"));
        rejected = quotations.send(rejected.id(), rejected.version());
        quotations.reject(rejected.id());

        QuotationView expired = quotation(mine.get(3), null, sh01, today);
        expired = quotations.addLine(expired.id(), expired.version(), line(products, "PLC-303", "1"));
        quotations.send(expired.id(), expired.version());
        long expiredId = expired.id();
        // a quotation sent a month ago whose validity ran out yesterday
        tx.executeWithoutResult(status -> {
            Quotation q = quotationRepository.findById(expiredId).orElseThrow();
            q.apply(q.getCustomerId(), q.getOpportunityId(), q.getWarehouseId(), today.minusDays(1), q.getNote());
        });
        quotations.expireOverdue();
        if (quotationRepository.findById(expiredId).orElseThrow().getStatus() != QuotationStatus.EXPIRED) {
            throw new IllegalStateException("demo quotation did not expire");
        }
    }

    private QuotationView quotation(CustomerView customer, Long opportunityId, long warehouseId, LocalDate validUntil) {
        return quotations.create(new QuotationData(customer.id(), opportunityId, warehouseId, validUntil, null));
    }

    private List<SupplierView> suppliers() {
        return List.of(
                supplierManagement.createSupplier(
                        new SupplierData("上海精工仪表有限公司", "陈工", "021-6488 1200", "sales@jinggong.example.cn", 10, true)),
                supplierManagement.createSupplier(
                        new SupplierData("苏州恒达电气有限公司", "刘经理", "0512-6560 3300", null, 14, true)),
                supplierManagement.createSupplier(
                        new SupplierData("宁波东方轴承有限公司", "周女士", "0574-8790 1100", null, 9, true)),
                supplierManagement.createSupplier(
                        new SupplierData("深圳创新自动化有限公司", "黄工", "0755-2663 9900", null, 21, true)),
                supplierManagement.createSupplier(new SupplierData(
                        "Rhine Sensor GmbH", "Anna Weber", "+49 621 555 0100", "orders@rhine.example.de", 28, true)));
    }
}
