package com.yiti.order;

import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerSummary;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.internal.OrderLine;
import com.yiti.order.internal.SalesOrder;
import com.yiti.order.spi.CreditCheck;
import com.yiti.order.spi.CreditDecision;
import com.yiti.order.spi.OrderForCredit;
import com.yiti.production.NewDemand;
import com.yiti.production.ProductionManagement;
import com.yiti.purchasing.NewRequisition;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What confirming an order does (the rule behind {@link OrderManagement#confirm}, a credit release and a replacement
 * order): validates it, asks the credit check, reserves what is available per line (balance rows locked in product
 * order), turns each shortage into a production plan line (made) or a purchase requisition line (bought), promises
 * dates — a made product's by capable-to-promise ({@code CapacityPlanning.promise}: a planned production order with
 * room, else when its components are there and its routing fits the work centres), with the reason on the timeline —
 * writes the timeline and announces {@link OrderConfirmed}.
 */
@Component
class OrderConfirmation {

    private final OrderSupport support;
    private final ProductionManagement production;
    private final com.yiti.production.CapacityPlanning capacity;
    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.PurchasePromises purchasePromises;
    private final ObjectProvider<CreditCheck> creditChecks;
    private final ApplicationEventPublisher events;
    private final com.yiti.contract.ContractConsumption contracts;

    private final com.yiti.automation.Automation automation;

    OrderConfirmation(
            OrderSupport support,
            ProductionManagement production,
            com.yiti.production.CapacityPlanning capacity,
            PurchasingManagement purchasing,
            com.yiti.purchasing.PurchasePromises purchasePromises,
            ObjectProvider<CreditCheck> creditChecks,
            ApplicationEventPublisher events,
            com.yiti.contract.ContractConsumption contracts,
            com.yiti.automation.Automation automation) {
        this.automation = automation;
        this.contracts = contracts;
        this.purchasePromises = purchasePromises;
        this.support = support;
        this.production = production;
        this.capacity = capacity;
        this.purchasing = purchasing;
        this.creditChecks = creditChecks;
        this.events = events;
    }

    /**
     * Confirms a draft or held order inside the caller's transaction (the order locked by the caller). With {@code
     * checkCredit} false the credit check is skipped: a release by FINANCE, a replacement for a return.
     */
    void run(SalesOrder order, boolean checkCredit) {
        validateForConfirmation(order);
        CreditDecision decision = !checkCredit
                ? CreditDecision.pass()
                : creditChecks
                        .orderedStream()
                        .map(c -> c.check(new OrderForCredit(
                                order.getId(),
                                order.getNumber(),
                                order.getCustomerId(),
                                order.getGrossTotal(),
                                order.getCurrency())))
                        .filter(CreditDecision::hold)
                        .findFirst()
                        .orElse(CreditDecision.pass());
        if (decision.hold()) {
            if (order.getStatus() != OrderStatus.CREDIT_HOLD) {
                order.hold(OrderView.holdReason(decision.reasonKey(), decision.reasonArgs()));
                support.timeline(
                        order.getId(),
                        TimelineType.CREDIT_HOLD,
                        decision.reasonArgs().toArray(String[]::new));
            }
            return;
        }
        if (order.getContractId() != null) {
            // the contract's row is locked here: two orders cannot both take the last of its value
            contracts.consume(
                    order.getContractId(),
                    order.getId(),
                    order.getNumber(),
                    order.getCustomerId(),
                    order.getCurrency(),
                    order.getGrossTotal());
        }
        LocalDate today = support.today();
        Map<Long, ProductView> products = support.products(
                order.getLines().stream().map(OrderLine::getProductId).collect(Collectors.toSet()));
        List<OrderLine> byProduct = order.getLines().stream()
                .sorted(Comparator.comparing(OrderLine::getProductId).thenComparing(OrderLine::getLineNo))
                .toList();
        List<String[]> waiting = new ArrayList<>();
        List<Object[]> promises = new ArrayList<>();
        for (OrderLine line : byProduct) {
            ProductView p = products.get(line.getProductId());
            if (p.type() == ProductType.SERVICE) {
                line.planned(LineSupply.SERVICE, today);
                continue;
            }
            BigDecimal wanted = line.open().subtract(line.getReservedQuantity());
            BigDecimal granted =
                    support.inventory.reserve(p.id(), order.getWarehouseId(), wanted, line.reservationReference());
            line.reserved(granted);
            BigDecimal shortage = wanted.subtract(granted);
            if (shortage.signum() <= 0) {
                line.planned(LineSupply.STOCK, today);
                continue;
            }
            LocalDate promised = today.plusDays(p.leadTimeDays());
            if (p.type() == ProductType.MADE) {
                // capable to promise: a planned production order with room, else components and capacity
                var promise = capacity.promise(p.id(), order.getWarehouseId(), shortage);
                promised = promise.date();
                List<String> why = new ArrayList<>();
                why.add(p.sku());
                why.addAll(promise.args());
                promises.add(new Object[] {TimelineType.valueOf("PROMISE_" + promise.reason()), why});
                NewDemand demand = new NewDemand(
                        p.id(),
                        order.getWarehouseId(),
                        shortage,
                        promised,
                        order.getId(),
                        order.getNumber(),
                        line.getId());
                if (promise.productionOrderId() != null) {
                    production.planOn(demand, promise.productionOrderId());
                } else {
                    production.plan(demand);
                }
                line.planned(LineSupply.PRODUCTION, promised);
                waiting.add(new String[] {"P", p.sku(), OrderSupport.plain(shortage), promised.toString()});
            } else {
                // a purchase order already sent with room promises its date; otherwise the lead time
                var room = purchasePromises.room(p.id(), order.getWarehouseId(), shortage);
                if (room.isPresent()) {
                    promised = room.get().expected().isBefore(today)
                            ? today
                            : room.get().expected();
                    purchasePromises.requisitionOn(
                            new NewRequisition(
                                    p.id(),
                                    order.getWarehouseId(),
                                    shortage,
                                    promised,
                                    order.getId(),
                                    order.getNumber(),
                                    line.getId()),
                            room.get().purchaseOrderLineId());
                    promises.add(new Object[] {
                        TimelineType.PROMISE_PURCHASE,
                        List.of(p.sku(), room.get().purchaseOrderNumber(), promised.toString())
                    });
                } else {
                    purchasing.requisition(new NewRequisition(
                            p.id(),
                            order.getWarehouseId(),
                            shortage,
                            promised,
                            order.getId(),
                            order.getNumber(),
                            line.getId()));
                }
                line.planned(LineSupply.PURCHASE, promised);
                waiting.add(new String[] {"B", p.sku(), OrderSupport.plain(shortage), promised.toString()});
            }
        }
        LocalDate promised = order.getLines().stream()
                .map(OrderLine::getPromisedDate)
                .max(Comparator.naturalOrder())
                .orElse(today);
        order.confirmed(promised, support.clock.instant());
        support.timeline(order.getId(), TimelineType.CONFIRMED, promised.toString());
        long stocked = order.getLines().stream()
                .filter(l -> l.getSupply() != LineSupply.SERVICE)
                .count();
        long covered = order.getLines().stream()
                .filter(l -> l.getSupply() == LineSupply.STOCK)
                .count();
        if (stocked > 0) {
            support.timeline(order.getId(), TimelineType.RESERVED, String.valueOf(covered), String.valueOf(stocked));
        }
        for (String[] w : waiting) {
            support.timeline(
                    order.getId(),
                    "P".equals(w[0]) ? TimelineType.WAITING_PRODUCTION : TimelineType.WAITING_PURCHASE,
                    w[1],
                    w[2],
                    w[3]);
        }
        for (Object[] why : promises) {
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) why[1];
            support.timeline(order.getId(), (TimelineType) why[0], args.toArray(String[]::new));
        }
        events.publishEvent(
                new OrderConfirmed(order.getId(), order.getNumber(), order.getCustomerId(), order.getGrossTotal()));
        // for the automation rules that listen (decision 053): the facts a rule's condition reads
        automation.publish(
                "order.confirmed",
                () -> new com.yiti.automation.AutomationEvent(
                        "order.confirmed",
                        "order",
                        order.getId(),
                        order.getNumber(),
                        "/orders/" + order.getId(),
                        order.getOwnerId(),
                        order.getCustomerId(),
                        support.customers
                                .summary(order.getCustomerId())
                                .map(c -> c.name())
                                .orElse(null),
                        java.util.Map.of(
                                "amount",
                                com.yiti.currency.ExchangeRateManagement.toBook(
                                                order.getGrossTotal(), order.getExchangeRate())
                                        .toPlainString(),
                                "lines",
                                String.valueOf(order.getLines().size()))));
    }

    private void validateForConfirmation(SalesOrder order) {
        if (order.getLines().isEmpty()) {
            throw new BusinessRuleException(null, "order.noLines");
        }
        if (order.getApproval() != Approval.NOT_REQUIRED && order.getApproval() != Approval.APPROVED) {
            throw new BusinessRuleException(null, "order.approvalNeeded", Approval.DISCOUNT_THRESHOLD);
        }
        CustomerSummary customer =
                support.customers.summary(order.getCustomerId()).orElseThrow();
        if (customer.status() == CustomerStatus.INACTIVE) {
            throw new BusinessRuleException(null, "order.customerInactive", customer.name());
        }
        if (!customer.currency().equals(order.getCurrency())) {
            // the customer is billed in another currency now: its prices would be read in the wrong one
            throw new BusinessRuleException(null, "order.currencyChanged", order.getCurrency(), customer.currency());
        }
        Map<Long, ProductView> products = support.products(
                order.getLines().stream().map(OrderLine::getProductId).collect(Collectors.toSet()));
        for (OrderLine line : order.getLines()) {
            ProductView p = products.get(line.getProductId());
            if (!p.active()) {
                throw new BusinessRuleException(null, "order.productInactive", p.sku());
            }
            if (line.getPricing().getQuantity().signum() <= 0) {
                throw new BusinessRuleException(null, "order.quantityPositive");
            }
        }
    }
}
