package com.yiti.finance;

import com.yiti.contract.ContractManagement;
import com.yiti.contract.ContractSigned;
import com.yiti.contract.ContractStatus;
import com.yiti.contract.ContractTerms;
import com.yiti.currency.ExchangeRateManagement;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.internal.CollectionFigures;
import com.yiti.finance.internal.CollectionPlan;
import com.yiti.finance.internal.CollectionPlans;
import com.yiti.finance.internal.Instalment;
import com.yiti.order.OrderConfirmed;
import com.yiti.order.OrderDelivered;
import com.yiti.order.OrderFactsReader;
import com.yiti.order.OrderHeader;
import com.yiti.order.OrderStatus;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collection plans (回款计划, decision 048): instalments on a contract or an order, by date or by milestone (signing,
 * delivery, acceptance, each plus days). What the customer paid for the contract or order — deposits for it and
 * payments applied to its invoices — is applied to the instalments in their order, which gives each its status; no
 * payment is booked twice. FINANCE, MANAGER and ADMIN read every plan, sales the plans of customers they see; FINANCE,
 * ADMIN and the customer's writers keep them. Milestones are dated from the contract's signature, the order's
 * confirmation and delivery as they happen, and by hand (the customer's acceptance).
 */
@Service
@Transactional
public class CollectionPlanning {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int DUE_SOON_DAYS = 7;
    static final int MAX_INSTALMENTS = 24;

    private final CollectionPlans plans;
    private final CollectionFigures figures;
    private final ContractManagement contracts;
    private final OrderFactsReader orders;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final ExchangeRateManagement rates;
    private final Clock clock;

    CollectionPlanning(
            CollectionPlans plans,
            CollectionFigures figures,
            ContractManagement contracts,
            OrderFactsReader orders,
            CustomerManagement customers,
            UserDirectory directory,
            ExchangeRateManagement rates,
            Clock clock) {
        this.plans = plans;
        this.figures = figures;
        this.contracts = contracts;
        this.orders = orders;
        this.customers = customers;
        this.directory = directory;
        this.rates = rates;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public CollectionPlanView get(long id) {
        CollectionPlan plan = plans.findById(id).orElseThrow(() -> new RecordNotFoundException("CollectionPlan", id));
        requireVisible(plan.getCustomerId(), id);
        return view(plan);
    }

    @Transactional(readOnly = true)
    public Optional<CollectionPlanView> forContract(long contractId) {
        return plans.findByContractId(contractId)
                .filter(p -> visible(p.getCustomerId()))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<CollectionPlanView> forOrder(long orderId) {
        return plans.findByOrderId(orderId)
                .filter(p -> visible(p.getCustomerId()))
                .map(this::view);
    }

    /** A customer's plans, newest first (empty outside the reader's scope). */
    @Transactional(readOnly = true)
    public List<CollectionPlanView> ofCustomer(long customerId) {
        if (!visible(customerId)) {
            return List.of();
        }
        return plans.findByCustomerIdOrderByIdDesc(customerId).stream()
                .map(this::view)
                .toList();
    }

    /** Whether the signed-in user may add a plan for this customer's contract or order. */
    @Transactional(readOnly = true)
    public boolean canWrite(long customerId) {
        CurrentUser user = directory.require();
        return user.hasRole(Role.FINANCE) || user.hasRole(Role.ADMIN) || customers.canWrite(customerId);
    }

    /**
     * Planned against collected, in CNY at today's rates, for the instalments due in a period (the manager's
     * dashboard: this month's 回款达成率), and the instalments overdue among them.
     */
    @Transactional(readOnly = true)
    public CollectionAchievement achievement(LocalDate from, LocalDate to) {
        requireAllReader();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        int overdue = 0;
        List<Long> ids = plans.withInstalmentsDue(from, to);
        Map<String, BigDecimal> rateOf = new java.util.HashMap<>();
        List<CollectionPlan> found = plans.findAllById(ids);
        Map<Long, List<Long>> contractOrders = contractOrders(found);
        for (CollectionPlan plan : found) {
            BigDecimal rate = rateOf.computeIfAbsent(plan.getCurrency(), this::todaysRate);
            for (InstalmentView i : instalments(plan, collected(plan, contractOrders))) {
                if (i.dueDate() == null
                        || i.dueDate().isBefore(from)
                        || i.dueDate().isAfter(to)) {
                    continue;
                }
                planned = planned.add(ExchangeRateManagement.toBook(i.amount(), rate));
                collected = collected.add(ExchangeRateManagement.toBook(i.collected(), rate));
                if (i.status() == InstalmentStatus.OVERDUE
                        || (i.status() == InstalmentStatus.PARTLY_COLLECTED
                                && i.dueDate().isBefore(today()))) {
                    overdue++;
                }
            }
        }
        return new CollectionAchievement(planned, collected, rate(collected, planned), overdue, ids.size());
    }

    // ---- keeping ------------------------------------------------------------------------------------------------

    /** A plan for a contract or an order (one of the two, one plan each) with its instalments, adding up to its total. */
    public CollectionPlanView create(CollectionPlanData data) {
        CollectionPlan plan;
        if (data.contractId() != null && data.orderId() != null) {
            throw new BusinessRuleException("contractId", "collection.contractOrOrder");
        }
        if (data.contractId() != null) {
            ContractTerms c = contracts
                    .terms(data.contractId())
                    .orElseThrow(() -> new BusinessRuleException("contractId", "contract.unknown"));
            requireWriter(c.customerId());
            if (c.status() == ContractStatus.TERMINATED) {
                throw new BusinessRuleException("contractId", "contract.closed");
            }
            if (plans.findByContractId(c.id()).isPresent()) {
                throw new BusinessRuleException("contractId", "collection.planExists", c.number());
            }
            plan = new CollectionPlan(c.customerId(), c.id(), c.number(), null, null, c.currency(), c.value());
            plan.milestones(c.signedOn(), null, null);
        } else if (data.orderId() != null) {
            OrderHeader o = orders.header(data.orderId())
                    .orElseThrow(() -> new BusinessRuleException("orderId", "finance.depositOrderUnknown"));
            requireWriter(o.customerId());
            if (o.status() == OrderStatus.CANCELLED) {
                throw new BusinessRuleException("orderId", "finance.depositOrderClosed", o.number());
            }
            if (plans.findByOrderId(o.id()).isPresent()) {
                throw new BusinessRuleException("orderId", "collection.planExists", o.number());
            }
            plan = new CollectionPlan(o.customerId(), null, null, o.id(), o.number(), o.currency(), o.grossTotal());
            plan.milestones(o.confirmedAt() == null ? null : LocalDate.ofInstant(o.confirmedAt(), zone()), null, null);
        } else {
            throw new BusinessRuleException("contractId", "collection.contractOrOrder");
        }
        if (plan.getTotal() == null || plan.getTotal().signum() <= 0) {
            throw new BusinessRuleException("orderId", "collection.nothingToCollect");
        }
        apply(plan, data);
        plans.saveAndFlush(plan);
        return view(plan);
    }

    /** Replaces a plan's instalments and note (statuses follow from what was collected; nothing is lost). */
    public CollectionPlanView update(long id, long expectedVersion, CollectionPlanData data) {
        CollectionPlan plan = writable(id, expectedVersion);
        apply(plan, data);
        plans.flush();
        return view(plan);
    }

    /** Dates the milestones by hand (the customer's acceptance; a delivery or signature before Yiti knew of it). */
    public CollectionPlanView milestones(
            long id, long expectedVersion, LocalDate signedOn, LocalDate deliveredOn, LocalDate acceptedOn) {
        CollectionPlan plan = writable(id, expectedVersion);
        LocalDate today = today();
        if (signedOn != null && signedOn.isAfter(today)) {
            throw new BusinessRuleException("signedOn", "collection.milestoneFuture");
        }
        if (deliveredOn != null && deliveredOn.isAfter(today)) {
            throw new BusinessRuleException("deliveredOn", "collection.milestoneFuture");
        }
        if (acceptedOn != null && acceptedOn.isAfter(today)) {
            throw new BusinessRuleException("acceptedOn", "collection.milestoneFuture");
        }
        plan.milestones(signedOn, deliveredOn, acceptedOn);
        plans.flush();
        return view(plan);
    }

    public void delete(long id, long expectedVersion) {
        plans.delete(writable(id, expectedVersion));
    }

    // ---- milestones as they happen (in the event's transaction) ----------------------------------------------------

    @EventListener
    void on(ContractSigned signed) {
        plans.findByContractId(signed.contractId())
                .ifPresent(p -> p.milestones(signed.signedOn(), p.getDeliveredOn(), p.getAcceptedOn()));
    }

    @EventListener
    void on(OrderConfirmed confirmed) {
        plans.findByOrderId(confirmed.orderId())
                .filter(p -> p.getSignedOn() == null)
                .ifPresent(p -> p.milestones(today(), p.getDeliveredOn(), p.getAcceptedOn()));
    }

    /** A delivered order dates the delivery of its plan, and of its contract's plan (the latest delivery). */
    @EventListener
    void on(OrderDelivered delivered) {
        plans.findByOrderId(delivered.orderId())
                .ifPresent(p -> p.milestones(p.getSignedOn(), delivered.deliveredOn(), p.getAcceptedOn()));
        contracts
                .contractOf(delivered.orderId())
                .flatMap(plans::findByContractId)
                .ifPresent(p -> {
                    if (p.getDeliveredOn() == null || p.getDeliveredOn().isBefore(delivered.deliveredOn())) {
                        p.milestones(p.getSignedOn(), delivered.deliveredOn(), p.getAcceptedOn());
                    }
                });
    }

    // ---- inside -----------------------------------------------------------------------------------------------------

    BigDecimal collected(CollectionPlan plan) {
        return collected(
                plan,
                plan.getContractId() == null
                        ? Map.of()
                        : Map.of(plan.getContractId(), contracts.orderIds(plan.getContractId())));
    }

    /** With the orders of the plans' contracts read beforehand ({@link #contractOrders}). */
    BigDecimal collected(CollectionPlan plan, Map<Long, List<Long>> contractOrders) {
        List<Long> orderIds = plan.getContractId() != null
                ? contractOrders.getOrDefault(plan.getContractId(), List.of())
                : List.of(plan.getOrderId());
        return figures.collected(plan.getCurrency(), plan.getContractId(), orderIds);
    }

    /** The orders placed under the contracts of these plans, in one read. */
    Map<Long, List<Long>> contractOrders(java.util.Collection<CollectionPlan> list) {
        return contracts.orderIdsOf(list.stream()
                .map(CollectionPlan::getContractId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** The instalments with the money collected applied in their order, and each one's status today. */
    List<InstalmentView> instalments(CollectionPlan plan, BigDecimal collected) {
        LocalDate today = today();
        BigDecimal left = collected;
        List<InstalmentView> out = new ArrayList<>();
        for (Instalment i : plan.getInstalments()) {
            BigDecimal covered = left.max(BigDecimal.ZERO).min(i.getAmount());
            left = left.subtract(covered);
            InstalmentStatus status;
            if (covered.compareTo(i.getAmount()) >= 0) {
                status = InstalmentStatus.COLLECTED;
            } else if (covered.signum() > 0) {
                status = InstalmentStatus.PARTLY_COLLECTED;
            } else if (i.getDueDate() == null) {
                status = InstalmentStatus.WAITING;
            } else if (i.getDueDate().isBefore(today)) {
                status = InstalmentStatus.OVERDUE;
            } else if (!i.getDueDate().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                status = InstalmentStatus.DUE;
            } else {
                status = InstalmentStatus.PLANNED;
            }
            out.add(new InstalmentView(
                    i.getId() == null ? 0 : i.getId(),
                    i.getSeq(),
                    i.getLabel(),
                    i.getTrigger(),
                    i.getOffsetDays(),
                    i.getFixedDate(),
                    i.getAmount(),
                    i.getDueDate(),
                    covered,
                    status));
        }
        return out;
    }

    private void apply(CollectionPlan plan, CollectionPlanData data) {
        String note = data.note() == null || data.note().isBlank()
                ? null
                : data.note().trim();
        if (note != null && note.length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        List<InstalmentData> given = data.instalments() == null
                ? List.of()
                : data.instalments().stream()
                        .filter(i -> i != null && !(blank(i.label()) && i.amount() == null && i.percent() == null))
                        .toList();
        if (given.isEmpty()) {
            throw new BusinessRuleException("instalments", "collection.noInstalments");
        }
        if (given.size() > MAX_INSTALMENTS) {
            throw new BusinessRuleException("instalments", "collection.tooManyInstalments", MAX_INSTALMENTS);
        }
        BigDecimal total = plan.getTotal();
        List<BigDecimal> amounts = new ArrayList<>();
        int lastPercent = -1;
        for (int n = 0; n < given.size(); n++) {
            InstalmentData i = given.get(n);
            String at = "instalments[" + n + "].";
            if (blank(i.label()) || i.label().trim().length() > 100) {
                throw new BusinessRuleException(at + "label", "collection.labelRequired");
            }
            if (i.trigger() == null) {
                throw new BusinessRuleException(at + "trigger", "field.required");
            }
            if (i.trigger() == DueTrigger.DATE && i.date() == null) {
                throw new BusinessRuleException(at + "date", "collection.dateRequired");
            }
            int offset = i.offsetDays() == null ? 0 : i.offsetDays();
            if (offset < 0 || offset > 3660) {
                throw new BusinessRuleException(at + "offsetDays", "collection.offsetRange");
            }
            BigDecimal amount;
            if (i.amount() != null) {
                if (i.amount().signum() <= 0 || i.amount().stripTrailingZeros().scale() > 2) {
                    throw new BusinessRuleException(at + "amount", "collection.amountPositive");
                }
                amount = i.amount().setScale(2, RoundingMode.UNNECESSARY);
            } else if (i.percent() != null) {
                if (i.percent().signum() <= 0 || i.percent().compareTo(HUNDRED) > 0) {
                    throw new BusinessRuleException(at + "percent", "collection.percentRange");
                }
                amount = total.multiply(i.percent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                lastPercent = n;
            } else {
                throw new BusinessRuleException(at + "amount", "collection.amountOrPercent");
            }
            amounts.add(amount);
        }
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = total.subtract(sum);
        // percentages that add up to 100 may miss the total by rounding: the last one takes the cents
        if (difference.signum() != 0 && lastPercent >= 0 && difference.abs().compareTo(new BigDecimal("0.05")) <= 0) {
            amounts.set(lastPercent, amounts.get(lastPercent).add(difference));
            difference = BigDecimal.ZERO;
        }
        if (difference.signum() != 0) {
            throw new BusinessRuleException(
                    "instalments", "collection.sumDiffers", sum.toPlainString(), total.toPlainString());
        }
        plan.note(note);
        plan.getInstalments().clear();
        plans.flush();
        for (int n = 0; n < given.size(); n++) {
            InstalmentData i = given.get(n);
            plan.getInstalments()
                    .add(new Instalment(
                            plan,
                            n + 1,
                            i.label().trim(),
                            i.trigger(),
                            i.offsetDays() == null ? 0 : i.offsetDays(),
                            i.trigger() == DueTrigger.DATE ? i.date() : null,
                            amounts.get(n)));
        }
        plan.redate();
    }

    CollectionPlanView view(CollectionPlan plan) {
        BigDecimal collected = collected(plan);
        List<InstalmentView> list = instalments(plan, collected);
        LocalDate today = today();
        BigDecimal plannedToDate = BigDecimal.ZERO;
        BigDecimal collectedToDate = BigDecimal.ZERO;
        for (InstalmentView i : list) {
            if (i.dueDate() != null && !i.dueDate().isAfter(today)) {
                plannedToDate = plannedToDate.add(i.amount());
                collectedToDate = collectedToDate.add(i.collected());
            }
        }
        String name = customers
                .summary(plan.getCustomerId())
                .map(CustomerSummary::name)
                .orElse("?");
        return new CollectionPlanView(
                plan.getId(),
                plan.getCustomerId(),
                name,
                plan.getContractId(),
                plan.getContractNumber(),
                plan.getOrderId(),
                plan.getOrderNumber(),
                plan.getCurrency(),
                plan.getTotal(),
                collected,
                plannedToDate,
                rate(collectedToDate, plannedToDate),
                plan.getSignedOn(),
                plan.getDeliveredOn(),
                plan.getAcceptedOn(),
                plan.getNote(),
                plan.getVersion(),
                directory.current().isPresent() && canWrite(plan.getCustomerId()),
                list);
    }

    static BigDecimal rate(BigDecimal collected, BigDecimal planned) {
        return planned.signum() == 0 ? null : collected.multiply(HUNDRED).divide(planned, 1, RoundingMode.HALF_UP);
    }

    private BigDecimal todaysRate(String currency) {
        return ExchangeRateManagement.BOOK_CURRENCY.equals(currency)
                ? BigDecimal.ONE
                : rates.rateOn(currency, today()).orElse(BigDecimal.ONE);
    }

    private boolean visible(long customerId) {
        CurrentUser user = directory.require();
        return user.hasAnyRole(Set.of(Role.FINANCE, Role.MANAGER, Role.ADMIN)) || customers.isVisible(customerId);
    }

    private void requireVisible(long customerId, long id) {
        if (!visible(customerId)) {
            throw new RecordNotFoundException("CollectionPlan", id);
        }
    }

    private void requireAllReader() {
        if (!directory.require().hasAnyRole(Set.of(Role.FINANCE, Role.MANAGER, Role.ADMIN))) {
            throw new AccessDeniedException("collection figures for all customers");
        }
    }

    private void requireWriter(long customerId) {
        if (!visible(customerId)) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (!canWrite(customerId)) {
            throw new AccessDeniedException("customer outside the writer's scope");
        }
    }

    private CollectionPlan writable(long id, long expectedVersion) {
        CollectionPlan plan = plans.findById(id).orElseThrow(() -> new RecordNotFoundException("CollectionPlan", id));
        requireWriter(plan.getCustomerId());
        if (plan.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("CollectionPlan", id);
        }
        return plan;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private static java.time.ZoneId zone() {
        return ReceivablesManagement.BUSINESS_ZONE;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
