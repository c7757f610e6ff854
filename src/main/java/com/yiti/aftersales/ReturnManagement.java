package com.yiti.aftersales;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.aftersales.internal.ReturnAuthorization;
import com.yiti.aftersales.internal.ReturnAuthorizations;
import com.yiti.aftersales.internal.ReturnLine;
import com.yiti.aftersales.internal.Ticket;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.CreditNoteView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.Tracking;
import com.yiti.order.ReturnableOrder;
import com.yiti.order.TimelineType;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.purchasing.spi.DefectReturns;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns (RMA): SERVICE authorises a return of shipped order lines on a ticket (never more than shipped less what
 * came back before, checked under the order's lock), the warehouse receives the goods into stock or quarantine, and
 * the return is settled by a credit note (FINANCE, or at receipt when {@code yiti.aftersales.returns.auto-credit}) or
 * by a replacement order at price zero. The order's timeline shows each step; the return is audited.
 */
@Service
@Transactional
public class ReturnManagement implements DefectReturns {

    static final String RECEIVE_RULE = "aftersales.return-receive";
    static final String CREDIT_RULE = "aftersales.return-credit";
    private static final Set<TicketType> RETURN_TYPES =
            EnumSet.of(TicketType.RETURN, TicketType.COMPLAINT, TicketType.REPAIR);
    private static final Set<Role> READERS =
            Set.of(Role.SERVICE, Role.WAREHOUSE, Role.FINANCE, Role.MANAGER, Role.ADMIN);

    private final ReturnAuthorizations returns;
    private final TicketManagement tickets;
    private final com.yiti.aftersales.internal.Tickets ticketRows;
    private final com.yiti.order.OrderSteps orders;
    private final com.yiti.order.OrderReturns orderReturns;
    private final InventoryManagement inventory;
    private final com.yiti.inventory.StockReturns stockReturns;
    private final ReceivablesManagement receivables;
    private final CustomerManagement customers;
    private final DocumentNumbers numbers;
    private final TaskManagement tasks;
    private final UserDirectory directory;
    private final AuditHistory auditHistory;
    private final ServiceLevels levels;
    private final Clock clock;
    private final boolean autoCredit;

    private final com.yiti.approval.Approvals approvals;

    ReturnManagement(
            ReturnAuthorizations returns,
            TicketManagement tickets,
            com.yiti.aftersales.internal.Tickets ticketRows,
            com.yiti.order.OrderSteps orders,
            com.yiti.order.OrderReturns orderReturns,
            InventoryManagement inventory,
            com.yiti.inventory.StockReturns stockReturns,
            ReceivablesManagement receivables,
            CustomerManagement customers,
            DocumentNumbers numbers,
            TaskManagement tasks,
            UserDirectory directory,
            AuditHistory auditHistory,
            ServiceLevels levels,
            Clock clock,
            @Value("${yiti.aftersales.returns.auto-credit:false}") boolean autoCredit,
            com.yiti.approval.Approvals approvals) {
        this.approvals = approvals;
        this.returns = returns;
        this.tickets = tickets;
        this.ticketRows = ticketRows;
        this.orders = orders;
        this.orderReturns = orderReturns;
        this.inventory = inventory;
        this.stockReturns = stockReturns;
        this.receivables = receivables;
        this.customers = customers;
        this.numbers = numbers;
        this.tasks = tasks;
        this.directory = directory;
        this.auditHistory = auditHistory;
        this.levels = levels;
        this.clock = clock;
        this.autoCredit = autoCredit;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('SERVICE', 'WAREHOUSE', 'FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<ReturnView> search(ReturnFilter filter, Pageable pageable) {
        Page<ReturnAuthorization> page = returns.findAll(spec(filter), pageable);
        return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** A return: the back-office roles see every return, a sales rep those on tickets they see. */
    @Transactional(readOnly = true)
    public ReturnView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** The returns raised on a ticket, for whoever sees the ticket. */
    @Transactional(readOnly = true)
    public List<ReturnView> ofTicket(long ticketId) {
        tickets.visibleTicket(ticketId);
        return views(returns.findByTicketIdOrderByIdDesc(ticketId));
    }

    /**
     * The ticket page's returns, reading the ticket and its order once: the order's number (for whoever sees the
     * ticket, though the order itself may be out of their sight), the returns raised on it, and — for SERVICE and
     * ADMIN on a return, complaint or repair ticket — the order's lines with what may still come back.
     */
    @Transactional(readOnly = true)
    public TicketReturns forTicket(long ticketId) {
        Ticket t = tickets.visibleTicket(ticketId);
        ReturnableOrder order = t.getOrderId() == null ? null : orderReturns.returnable(t.getOrderId());
        boolean mayAuthorize = directory
                .current()
                .map(u -> u.hasAnyRole(Set.of(Role.SERVICE, Role.ADMIN)))
                .orElse(false);
        return new TicketReturns(
                order == null ? null : order.number(),
                views(returns.findByTicketIdOrderByIdDesc(ticketId)),
                mayAuthorize && RETURN_TYPES.contains(t.getType()) ? order : null);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry<ReturnStatus>> history(long id) {
        visible(id);
        return auditHistory.of(ReturnAuthorization.class, id).stream()
                .map(e -> new AuditEntry<>(
                        e.revision(), e.at(), e.by(), e.type(), e.state().getStatus()))
                .toList();
    }

    /** Defective units back from customers per product (received or settled returns), for suppliers' defect rates. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> defectiveUnitsReturned(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return returns
                .returnedUnits(ReturnReason.DEFECT, EnumSet.of(ReturnStatus.RECEIVED, ReturnStatus.SETTLED), productIds)
                .stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (BigDecimal) r[1]));
    }

    // ---- changes -----------------------------------------------------------------------------------------------

    /**
     * SERVICE authorises a return of shipped lines of the ticket's order. Each quantity is at most what was shipped
     * less what was returned before; the order checks it under its row lock, so two returns at once cannot take back
     * the same goods. The warehouse gets a task to expect the goods.
     */
    @PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
    public ReturnView authorize(long ticketId, ReturnData data) {
        Ticket t = tickets.visibleTicket(ticketId);
        if (!RETURN_TYPES.contains(t.getType())) {
            throw new BusinessRuleException(null, "return.ticketType");
        }
        if (t.getOrderId() == null) {
            throw new BusinessRuleException(null, "return.ticketWithoutOrder");
        }
        if (data.reason() == null) {
            throw new BusinessRuleException("reason", "field.required");
        }
        if (data.settlement() == null) {
            throw new BusinessRuleException("settlement", "field.required");
        }
        String note = blankToNull(data.note());
        if (note != null && note.length() > 1000) {
            throw new BusinessRuleException("note", "field.tooLong", 1000);
        }
        Map<Long, BigDecimal> quantities = new TreeMap<>();
        if (data.quantities() != null) {
            data.quantities().forEach((lineId, q) -> {
                if (q == null || q.signum() == 0) {
                    return;
                }
                if (q.signum() < 0) {
                    throw new BusinessRuleException("quantity", "return.quantityPositive");
                }
                if (q.stripTrailingZeros().scale() > 3) {
                    throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
                }
                quantities.put(lineId, q.setScale(3, RoundingMode.UNNECESSARY));
            });
        }
        if (quantities.isEmpty()) {
            throw new BusinessRuleException("quantity", "return.nothing");
        }
        String number = numbers.next("RMA");
        // the order is read only under its lock: a copy loaded earlier in this transaction would be stale
        ReturnableOrder order = orderReturns.recordReturn(t.getOrderId(), quantities, number);
        ReturnAuthorization r = new ReturnAuthorization(
                number,
                t.getId(),
                t.getCustomerId(),
                t.getCustomerOwnerId(),
                order.orderId(),
                order.number(),
                order.warehouseId(),
                data.reason(),
                data.settlement(),
                note);
        quantities.forEach((lineId, q) -> r.add(lineId, order.line(lineId).productId(), q));
        returns.saveAndFlush(r);
        tasks.raise(new NewTask(
                "task.aftersales.returnExpected",
                List.of(number, order.number(), String.valueOf(quantities.size())),
                "/returns/" + r.getId(),
                null,
                Role.WAREHOUSE,
                today(),
                RECEIVE_RULE,
                ref(r.getId())));
        return get(r.getId());
    }

    /**
     * The warehouse receives the goods and decides per line: restock (a return move into the order's warehouse,
     * available again) or quarantine (a return move into the quarantine location, never available). Then the return
     * is settled by a replacement order, by a credit note at once (auto-credit), or waits for FINANCE's credit note.
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public ReturnView receive(long id, long expectedVersion, Map<Long, Disposition> dispositions) {
        ReturnAuthorization r = locked(id, expectedVersion);
        if (r.getStatus() != ReturnStatus.AUTHORIZED) {
            throw new BusinessRuleException(null, "return.notAuthorized");
        }
        Map<Long, ProductView> products = products(List.of(r));
        for (ReturnLine line : r.getLines()) {
            if (dispositions == null || dispositions.get(line.getId()) == null) {
                throw new BusinessRuleException(
                        "disposition",
                        "return.dispositionRequired",
                        products.get(line.getProductId()).sku());
            }
        }
        List<String> restocked = new ArrayList<>();
        List<String> quarantined = new ArrayList<>();
        // the lot or serial number the customer's ticket names comes back as itself (decision 027)
        com.yiti.aftersales.internal.Ticket ticket = r.getTicketId() == null
                ? null
                : ticketRows.findById(r.getTicketId()).orElse(null);
        r.getLines().stream()
                .sorted(Comparator.comparing(ReturnLine::getProductId))
                .forEach(line -> {
                    boolean quarantine = dispositions.get(line.getId()) == Disposition.QUARANTINE;
                    boolean one = line.getQuantity().compareTo(java.math.BigDecimal.ONE) == 0;
                    String lot = ticket != null
                                    && ticket.getLotNumber() != null
                                    && line.getProductId().equals(ticket.getProductId())
                                    && (one || products.get(line.getProductId()).tracking() == Tracking.LOT)
                            ? ticket.getLotNumber()
                            : null;
                    stockReturns.receiveReturn(
                            line.getProductId(),
                            r.getWarehouseId(),
                            line.getQuantity(),
                            quarantine,
                            r.getNumber(),
                            lot);
                    (quarantine ? quarantined : restocked)
                            .add(plain(line.getQuantity()) + " × "
                                    + products.get(line.getProductId()).sku());
                });
        r.received(dispositions, actor(), clock.instant());
        orders.recordStep(
                r.getOrderId(),
                TimelineType.RETURN_RECEIVED,
                r.getNumber(),
                restocked.isEmpty() ? "—" : String.join(", ", restocked),
                quarantined.isEmpty() ? "—" : String.join(", ", quarantined));
        tasks.closeFor(RECEIVE_RULE, ref(id));
        if (r.getSettlement() == ReturnSettlement.REPLACEMENT) {
            ReturnableOrder.Replacement replacement =
                    orderReturns.createReplacement(r.getOrderId(), r.quantities(), r.getNumber());
            r.replaced(replacement.orderId(), replacement.number(), actor(), clock.instant());
        } else if (autoCredit && !submitCreditIfRequired(r)) {
            settleByCredit(r);
        } else {
            tasks.raise(new NewTask(
                    "task.aftersales.returnToCredit",
                    List.of(r.getNumber(), r.getOrderNumber()),
                    "/returns/" + r.getId(),
                    null,
                    Role.FINANCE,
                    today(),
                    CREDIT_RULE,
                    ref(r.getId())));
        }
        returns.flush();
        return get(id);
    }

    /** FINANCE credits a received return: credit notes for the returned lines through the finance module. */
    @PreAuthorize("hasRole('FINANCE')")
    public ReturnView credit(long id, long expectedVersion) {
        ReturnAuthorization r = locked(id, expectedVersion);
        if (r.getStatus() != ReturnStatus.RECEIVED || r.getSettlement() != ReturnSettlement.CREDIT) {
            throw new BusinessRuleException(null, "return.notAwaitingCredit");
        }
        if (submitCreditIfRequired(r)) {
            // the RETURN_CREDIT flow decides first: the credit note is issued when it approves
            returns.flush();
            return get(id);
        }
        settleByCredit(r);
        tasks.closeFor(CREDIT_RULE, ref(id));
        returns.flush();
        return get(id);
    }

    /** SERVICE cancels a return the warehouse has not received: the quantities may be returned again. */
    @PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
    public ReturnView cancel(long id, long expectedVersion) {
        ReturnAuthorization r = locked(id, expectedVersion);
        if (r.getStatus() != ReturnStatus.AUTHORIZED) {
            throw new BusinessRuleException(null, "return.notAuthorized");
        }
        orderReturns.cancelReturn(r.getOrderId(), r.quantities(), r.getNumber());
        r.cancel();
        tasks.closeFor(RECEIVE_RULE, ref(id));
        returns.flush();
        return get(id);
    }

    static final String CREDIT_APPROVAL = "RETURN_CREDIT";

    /**
     * Submits the credit of a return to the {@code RETURN_CREDIT} flow where a step applies (issue 19) — the value of
     * the returned goods tax included in CNY ({@code amount}), whether they are defective ({@code defect}); false when
     * the credit may be issued now. A credit already waiting is refused ({@code approval.alreadyPending}).
     */
    private boolean submitCreditIfRequired(ReturnAuthorization r) {
        if (approvals.of(CREDIT_APPROVAL, r.getId()).stream()
                .anyMatch(a -> a.status() == com.yiti.approval.ApprovalStatus.APPROVED)) {
            return false;
        }
        BigDecimal value = orderReturns.returnable(r.getOrderId()).valueInBook(r.quantities());
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("defect", r.getReason() == ReturnReason.DEFECT ? "1" : "0");
        facts.put("lines", String.valueOf(r.quantities().size()));
        facts.put("order", r.getOrderNumber());
        facts.put("reason", r.getReason().name());
        var submission = new com.yiti.approval.ApprovalSubmission(
                CREDIT_APPROVAL, r.getId(), r.getNumber(), "/returns/" + r.getId(), value, facts);
        return approvals.submit(submission).isPresent();
    }

    /** The flow approved a return's credit: the credit note is issued now, in the deciding transaction. */
    @org.springframework.context.event.EventListener
    void on(com.yiti.approval.ApprovalDecided decided) {
        if (!CREDIT_APPROVAL.equals(decided.documentType()) || !decided.approved()) {
            return;
        }
        returns.lock(decided.documentId())
                .filter(r -> r.getStatus() == ReturnStatus.RECEIVED && r.getSettlement() == ReturnSettlement.CREDIT)
                .ifPresent(r -> {
                    settleByCredit(r);
                    tasks.closeFor(CREDIT_RULE, ref(r.getId()));
                });
    }

    private void settleByCredit(ReturnAuthorization r) {
        List<CreditNoteView> notes = receivables.creditReturn(
                r.getOrderId(),
                r.quantities(),
                r.getNumber() + " · " + r.getReason().name());
        r.credited(
                notes.stream().map(CreditNoteView::number).collect(Collectors.joining(", ")), actor(), clock.instant());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private ReturnAuthorization visible(long id) {
        ReturnAuthorization r = returns.findById(id).orElseThrow(() -> new RecordNotFoundException("Return", id));
        boolean backOffice = directory.current().map(u -> u.hasAnyRole(READERS)).orElse(true);
        if (!backOffice) {
            try {
                tickets.visibleTicket(r.getTicketId());
            } catch (RecordNotFoundException e) {
                throw new RecordNotFoundException("Return", id);
            }
        }
        return r;
    }

    private ReturnAuthorization locked(long id, long expectedVersion) {
        ReturnAuthorization r = returns.lock(id).orElseThrow(() -> new RecordNotFoundException("Return", id));
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Return", id);
        }
        return r;
    }

    private List<ReturnView> views(List<ReturnAuthorization> list) {
        Map<Long, ProductView> products = products(list);
        Map<Long, CustomerSummary> names = customers.summaries(
                list.stream().map(ReturnAuthorization::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> ticketNumbers = tickets.numbers(
                list.stream().map(ReturnAuthorization::getTicketId).collect(Collectors.toSet()));
        Locale locale = LocaleContextHolder.getLocale();
        return list.stream()
                .map(r -> new ReturnView(
                        r.getId(),
                        r.getNumber(),
                        r.getTicketId(),
                        ticketNumbers.get(r.getTicketId()),
                        r.getCustomerId(),
                        names.containsKey(r.getCustomerId())
                                ? names.get(r.getCustomerId()).name()
                                : null,
                        r.getOrderId(),
                        r.getOrderNumber(),
                        r.getReason(),
                        r.getSettlement(),
                        r.getStatus(),
                        r.getNote(),
                        r.getReceivedBy(),
                        r.getReceivedAt(),
                        r.getCreditNotes(),
                        r.getReplacementOrderId(),
                        r.getReplacementOrderNumber(),
                        r.getSettledBy(),
                        r.getSettledAt(),
                        r.getCreatedBy(),
                        r.getCreatedAt(),
                        r.getVersion(),
                        r.getLines().stream()
                                .map(l -> new ReturnView.Line(
                                        l.getId(),
                                        l.getOrderLineId(),
                                        l.getProductId(),
                                        products.get(l.getProductId()).sku(),
                                        products.get(l.getProductId()).name(locale),
                                        l.getQuantity(),
                                        l.getDisposition()))
                                .toList()))
                .toList();
    }

    private Map<Long, ProductView> products(List<ReturnAuthorization> list) {
        return inventory.productsById(list.stream()
                .flatMap(r -> r.getLines().stream())
                .map(ReturnLine::getProductId)
                .collect(Collectors.toSet()));
    }

    private static Specification<ReturnAuthorization> spec(ReturnFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().trim().toLowerCase(Locale.ROOT) + "%";
                p.add(cb.or(
                        cb.like(cb.lower(root.get("number")), like), cb.like(cb.lower(root.get("orderNumber")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(levels.getZone()));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    private static String ref(long id) {
        return "return:" + id;
    }

    private static String plain(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}
