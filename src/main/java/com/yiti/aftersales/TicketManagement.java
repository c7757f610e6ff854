package com.yiti.aftersales;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.aftersales.internal.ServiceDays;
import com.yiti.aftersales.internal.Ticket;
import com.yiti.aftersales.internal.TicketComment;
import com.yiti.aftersales.internal.TicketComments;
import com.yiti.aftersales.internal.Tickets;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.order.OrderManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.SalesScope;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.Keyset;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service tickets. SERVICE (and ADMIN) work on every ticket; MANAGER reads them all; a sales rep sees and opens
 * tickets of the customers in their scope and comments on them. The SLA clock runs in business minutes and pauses
 * while the ticket waits for the customer.
 */
@Service
@Transactional
public class TicketManagement {

    static final String WARNING_RULE = "aftersales.sla-warning";
    static final String BREACH_RULE = "aftersales.sla-breach";
    static final String QUALITY_RULE = "aftersales.quality";
    static final String REPEAT_RULE = "aftersales.repeat-failure";
    static final int REPEAT_COUNT = 3;
    static final int REPEAT_DAYS = 30;
    private static final Set<TicketType> DEFECT_TYPES =
            EnumSet.of(TicketType.COMPLAINT, TicketType.REPAIR, TicketType.RETURN);
    private static final Set<SlaState> CLOCKED = EnumSet.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
    private static final Set<Role> ALL_READERS = Set.of(Role.SERVICE, Role.MANAGER, Role.ADMIN);
    private static final Set<Role> WORKERS = Set.of(Role.SERVICE, Role.ADMIN);
    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = Map.of(
            TicketStatus.NEW,
                    EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.RESOLVED),
            TicketStatus.IN_PROGRESS, EnumSet.of(TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.RESOLVED),
            TicketStatus.WAITING_FOR_CUSTOMER, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED),
            TicketStatus.RESOLVED, EnumSet.of(TicketStatus.CLOSED, TicketStatus.IN_PROGRESS),
            TicketStatus.CLOSED, EnumSet.of(TicketStatus.IN_PROGRESS));

    private final Tickets tickets;
    private final TicketComments comments;
    private final ServiceLevels levels;
    private final CustomerManagement customers;
    private final OrderManagement orders;
    private final com.yiti.order.OrderSteps orderSteps;
    private final com.yiti.inventory.InventoryManagement inventory;
    private final UserDirectory directory;
    private final TaskManagement tasks;
    private final DocumentNumbers numbers;
    private final Clock clock;
    private final ServiceDays serviceDays;
    private final com.yiti.inventory.LotTracking lots;
    private final com.yiti.shared.ListPages listPages;
    private final TicketClock ticketClock;

    private final org.springframework.context.ApplicationEventPublisher events;

    TicketManagement(
            Tickets tickets,
            TicketComments comments,
            ServiceLevels levels,
            CustomerManagement customers,
            OrderManagement orders,
            com.yiti.order.OrderSteps orderSteps,
            com.yiti.inventory.InventoryManagement inventory,
            UserDirectory directory,
            TaskManagement tasks,
            DocumentNumbers numbers,
            Clock clock,
            ServiceDays serviceDays,
            com.yiti.inventory.LotTracking lots,
            com.yiti.shared.ListPages listPages,
            TicketClock ticketClock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.ticketClock = ticketClock;
        this.listPages = listPages;
        this.lots = lots;
        this.serviceDays = serviceDays;
        this.tickets = tickets;
        this.comments = comments;
        this.levels = levels;
        this.customers = customers;
        this.orders = orders;
        this.orderSteps = orderSteps;
        this.inventory = inventory;
        this.directory = directory;
        this.tasks = tasks;
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * The order a person names by its number on the ticket form: its id, or a message at the field when no order has
     * that number (whether it belongs to the ticket's customer is checked when the ticket is saved).
     */
    @Transactional(readOnly = true)
    public Long orderIdByNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return orders.idOfNumber(number)
                .orElseThrow(
                        () -> new BusinessRuleException("orderNumber", "ticket.orderNumberUnknown", number.trim()));
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<TicketView> search(TicketFilter filter, Pageable pageable) {
        Scope scope = scope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        boolean byMarks = CLOCKED.contains(filter.sla()) && !ticketClock.marksPending();
        if (CLOCKED.contains(filter.sla()) && !byMarks) {
            // right after the upgrade that added the marks: decided over all running tickets, then paged
            List<TicketView> matching = views(tickets.findAll(
                            spec(filter, scope, false).and(Keyset.<Ticket>after(pageable)), pageable.getSort()))
                    .stream()
                    .filter(v -> v.sla() == filter.sla())
                    .toList();
            int from = (int) Math.min(pageable.getOffset(), matching.size());
            int to = Math.min(from + pageable.getPageSize(), matching.size());
            return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
        }
        Page<Ticket> page = listPages.find(tickets, Ticket.class, spec(filter, scope, byMarks), pageable);
        return com.yiti.shared.ListPages.withContent(page, views(page.getContent()));
    }

    @Transactional(readOnly = true)
    public TicketView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** Comments the reader may see (all of them: internal comments are staff-only, and only staff sign in). */
    @Transactional(readOnly = true)
    public List<CommentView> comments(long id) {
        visible(id);
        return comments.findByTicketIdOrderByIdAsc(id).stream()
                .map(c -> new CommentView(c.getId(), c.getBody(), c.isInternal(), c.getAuthor(), c.getCreatedAt()))
                .toList();
    }

    /** The customer's latest tickets, for the customer 360 page. */
    @Transactional(readOnly = true)
    public List<TicketView> ofCustomer(long customerId, int limit) {
        return search(
                        new TicketFilter(null, null, null, null, customerId, null),
                        org.springframework.data.domain.PageRequest.of(
                                0,
                                limit,
                                org.springframework.data.domain.Sort.by(
                                        org.springframework.data.domain.Sort.Order.desc("id"))))
                .getContent();
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    /** Opens a ticket: SERVICE for any customer, a sales rep for a customer in their scope. */
    public TicketView open(TicketData data) {
        CurrentUser user = directory.require();
        if (data.customerId() == null) {
            throw new BusinessRuleException("customerId", "field.required");
        }
        CustomerSummary customer = customers
                .summary(data.customerId())
                .orElseThrow(() -> new BusinessRuleException("customerId", "ticket.noSuchCustomer"));
        if (!user.hasAnyRole(WORKERS) && !directory.writableSalesScope(user).canWrite(customer.ownerId())) {
            throw new AccessDeniedException("customer outside the writer's scope");
        }
        Ticket t = new Ticket(numbers.next("TK"), customer.id(), customer.ownerId(), clock.instant());
        apply(t, data);
        ticketClock.stamp(t);
        tickets.saveAndFlush(t);
        watchForRepeatFailures(t);
        events.publishEvent(new TicketOpened(
                t.getId(),
                t.getNumber(),
                t.getCustomerId(),
                t.getType().name(),
                t.getPriority().name()));
        return get(t.getId());
    }

    /** SERVICE changes what the ticket is about, its priority and owner. */
    public TicketView update(long id, long expectedVersion, TicketData data) {
        Ticket t = workable(id, expectedVersion);
        apply(t, data);
        ticketClock.stamp(t);
        tickets.flush();
        return get(id);
    }

    /**
     * A comment. A customer-visible comment from SERVICE is the first response when there was none; sales reps
     * comment on their customers' tickets.
     */
    public CommentView comment(long id, String body, boolean internal) {
        CurrentUser user = directory.require();
        Ticket t = tickets.lock(id).orElseThrow(() -> new RecordNotFoundException("Ticket", id));
        requireContributor(t, user);
        String text = blankToNull(body);
        if (text == null) {
            throw new BusinessRuleException("body", "field.required");
        }
        if (text.length() > 4000) {
            throw new BusinessRuleException("body", "field.tooLong", 4000);
        }
        TicketComment c = comments.save(new TicketComment(t.getId(), text, internal, user.username(), clock.instant()));
        if (!internal && user.hasAnyRole(WORKERS)) {
            t.responded(c.getCreatedAt());
            ticketClock.stamp(t);
        }
        tickets.flush();
        return new CommentView(c.getId(), c.getBody(), c.isInternal(), c.getAuthor(), c.getCreatedAt());
    }

    /**
     * Moves a ticket along: resolving needs a resolution, closing records the customer's satisfaction (1–5, optional
     * comment); waiting for the customer pauses the clock; a resolved or closed ticket can be reopened.
     */
    public TicketView changeStatus(
            long id, long expectedVersion, TicketStatus next, String resolution, Integer csat, String csatComment) {
        Ticket t = workable(id, expectedVersion);
        ServiceDays.Key before = ServiceDays.Key.of(t);
        if (next == null || !NEXT.get(t.getStatus()).contains(next)) {
            throw new BusinessRuleException("status", "ticket.transitionNotAllowed");
        }
        Instant now = clock.instant();
        if (next == TicketStatus.RESOLVED) {
            String r = blankToNull(resolution);
            if (r == null) {
                throw new BusinessRuleException("resolution", "ticket.resolutionRequired");
            }
            if (r.length() > 2000) {
                throw new BusinessRuleException("resolution", "field.tooLong", 2000);
            }
            t.resolve(r);
        }
        if (next == TicketStatus.CLOSED) {
            if (csat != null && (csat < 1 || csat > 5)) {
                throw new BusinessRuleException("csat", "ticket.csatRange");
            }
            String comment = blankToNull(csatComment);
            if (comment != null && comment.length() > 1000) {
                throw new BusinessRuleException("csatComment", "field.tooLong", 1000);
            }
            t.rate(csat, comment);
        }
        long pause = t.getPausedSince() == null ? 0 : levels.calendar().minutesBetween(t.getPausedSince(), now);
        if (t.getStatus() == TicketStatus.NEW) {
            t.responded(now);
        }
        t.moveTo(next, now, pause);
        if (next == TicketStatus.RESOLVED) {
            long used = levels.calendar().minutesBetween(t.getOpenedAt(), now) - t.getPausedMinutes();
            t.outcome(used, used <= levels.target(t.getPriority()).resolutionHours() * 60L);
        } else if (next == TicketStatus.IN_PROGRESS && t.getResolvedAt() == null) {
            t.outcome(null, null);
        }
        ticketClock.stamp(t);
        tickets.flush();
        serviceDays.change(before, ServiceDays.Key.of(t));
        if (next == TicketStatus.RESOLVED) {
            events.publishEvent(new TicketResolved(t.getId(), t.getNumber(), t.getCustomerId(), t.getSlaMet()));
        }
        if (!next.open()) {
            tasks.closeFor(WARNING_RULE, ref(id));
            tasks.closeFor(BREACH_RULE, ref(id));
        }
        return get(id);
    }

    /**
     * SERVICE traces a complaint, repair or return about a product to its root cause. A production cause becomes a
     * task for PRODUCTION, a supplier cause one for PURCHASING (with the product, the order and the ticket), and the
     * product shows on the production screens while the ticket is open.
     */
    public TicketView traceRootCause(long id, long expectedVersion, RootCause cause) {
        Ticket t = workable(id, expectedVersion);
        if (cause == null) {
            throw new BusinessRuleException("rootCause", "field.required");
        }
        if (!DEFECT_TYPES.contains(t.getType()) || t.getProductId() == null) {
            throw new BusinessRuleException("rootCause", "ticket.rootCauseNeedsProduct");
        }
        ServiceDays.Key before = ServiceDays.Key.of(t);
        t.traceTo(cause);
        tickets.flush();
        serviceDays.change(before, ServiceDays.Key.of(t));
        Role department =
                cause == RootCause.PRODUCTION ? Role.PRODUCTION : cause == RootCause.SUPPLIER ? Role.PURCHASING : null;
        if (department != null) {
            String sku = inventory.product(t.getProductId()).sku();
            tasks.raise(new NewTask(
                    department == Role.PRODUCTION
                            ? "task.aftersales.qualityProduction"
                            : "task.aftersales.qualitySupplier",
                    List.of(
                            sku,
                            t.getNumber(),
                            t.getSubject(),
                            t.getOrderId() == null ? "—" : String.valueOf(t.getOrderId())),
                    "/tickets/" + t.getId(),
                    null,
                    department,
                    LocalDate.now(clock.withZone(levels.getZone())),
                    QUALITY_RULE,
                    ref(t.getId())));
        }
        return get(id);
    }

    /** The third complaint about one product within 30 days alerts PRODUCTION and MANAGER (once per product). */
    private void watchForRepeatFailures(Ticket t) {
        if (t.getProductId() == null || t.getType() != TicketType.COMPLAINT) {
            return;
        }
        Instant since = clock.instant().minus(java.time.Duration.ofDays(REPEAT_DAYS));
        long count = tickets.countSince(t.getProductId(), TicketType.COMPLAINT, since);
        if (count < REPEAT_COUNT) {
            return;
        }
        String sku = inventory.product(t.getProductId()).sku();
        LocalDate today = LocalDate.now(clock.withZone(levels.getZone()));
        for (Role role : List.of(Role.PRODUCTION, Role.MANAGER)) {
            tasks.raise(new NewTask(
                    "task.aftersales.repeatFailure",
                    List.of(sku, String.valueOf(count), String.valueOf(REPEAT_DAYS)),
                    role == Role.PRODUCTION ? "/production" : "/tickets",
                    null,
                    role,
                    today,
                    REPEAT_RULE,
                    "product:" + t.getProductId() + ":" + role.name()));
        }
    }

    static String ref(long id) {
        return "ticket:" + id;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void apply(Ticket t, TicketData d) {
        if (d.type() == null) {
            throw new BusinessRuleException("type", "field.required");
        }
        if (d.priority() == null) {
            throw new BusinessRuleException("priority", "field.required");
        }
        if (d.channel() == null) {
            throw new BusinessRuleException("channel", "field.required");
        }
        String subject = blankToNull(d.subject());
        if (subject == null) {
            throw new BusinessRuleException("subject", "field.required");
        }
        if (subject.length() > 200) {
            throw new BusinessRuleException("subject", "field.tooLong", 200);
        }
        String description = blankToNull(d.description());
        if (description == null) {
            throw new BusinessRuleException("description", "field.required");
        }
        if (description.length() > 4000) {
            throw new BusinessRuleException("description", "field.tooLong", 4000);
        }
        if (d.orderId() != null && orderSteps.forInvoicing(d.orderId()).customerId() != t.getCustomerId()) {
            throw new BusinessRuleException("orderId", "ticket.orderOtherCustomer");
        }
        if (d.productId() != null
                && inventory.productsById(List.of(d.productId())).isEmpty()) {
            throw new BusinessRuleException("productId", "order.noSuchProduct");
        }
        if (d.assigneeId() != null
                && directory.enabledUsersWithRole(Role.SERVICE).stream().noneMatch(u -> u.id() == d.assigneeId())) {
            throw new BusinessRuleException("assigneeId", "ticket.assigneeNotService");
        }
        t.describe(d.contactId(), d.orderId(), d.productId(), d.type(), d.channel(), subject, description);
        t.nameLot(lots.named(d.productId(), d.lotNumber(), "lotNumber"));
        t.prioritise(d.priority());
        t.assign(d.assigneeId());
    }

    /** Who sees which tickets: SERVICE, MANAGER and ADMIN all; sales reps their customers'. */
    record Scope(boolean all, SalesScope sales) {

        boolean none() {
            return !all && sales.none();
        }

        boolean includes(long ownerId) {
            return all || sales.includes(ownerId);
        }
    }

    private Scope scope() {
        CurrentUser user = directory.current().orElse(null);
        if (user == null || user.hasAnyRole(ALL_READERS)) {
            return new Scope(true, new SalesScope(true, true, Set.of()));
        }
        return new Scope(false, directory.salesScope(user));
    }

    /** Ticket numbers by id, for lists that link to their tickets. */
    Map<Long, String> numbers(Set<Long> ids) {
        return tickets.findAllById(ids).stream().collect(Collectors.toMap(Ticket::getId, Ticket::getNumber));
    }

    /** The ticket itself, for returns raised on it; 404 outside the reader's scope. */
    Ticket visibleTicket(long id) {
        return visible(id);
    }

    private Ticket visible(long id) {
        Ticket t = tickets.findById(id).orElseThrow(() -> new RecordNotFoundException("Ticket", id));
        if (!scope().includes(t.getCustomerOwnerId())) {
            throw new RecordNotFoundException("Ticket", id);
        }
        return t;
    }

    /**
     * Who may add to a ticket (comments, files): SERVICE and ADMIN on any ticket, a sales rep or manager on tickets of
     * customers they may change; a read-only MANAGER not at all. 404 outside the reader's scope.
     */
    void requireContributor(long ticketId) {
        requireContributor(
                tickets.findById(ticketId).orElseThrow(() -> new RecordNotFoundException("Ticket", ticketId)),
                directory.require());
    }

    private void requireContributor(Ticket t, CurrentUser user) {
        if (!scope().includes(t.getCustomerOwnerId())) {
            throw new RecordNotFoundException("Ticket", t.getId());
        }
        if (!user.hasAnyRole(WORKERS) && !directory.salesScope(user).canWrite(t.getCustomerOwnerId())) {
            throw new AccessDeniedException("read-only on this ticket");
        }
    }

    private Ticket workable(long id, long expectedVersion) {
        if (!directory.require().hasAnyRole(WORKERS)) {
            throw new AccessDeniedException("SERVICE works on tickets");
        }
        Ticket t = tickets.lock(id).orElseThrow(() -> new RecordNotFoundException("Ticket", id));
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Ticket", id);
        }
        return t;
    }

    /**
     * The tickets a filter asks for. A running verdict (on track, at risk, breached) is read from the tickets' marks
     * ({@link TicketClock}) when {@code byMarks}; else the running tickets are returned and the caller decides.
     */
    private Specification<Ticket> spec(TicketFilter f, Scope scope, boolean byMarks) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!scope.all() && !scope.sales().all()) {
                p.add(root.get("customerOwnerId").in(scope.sales().ownerIds()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                if (com.yiti.shared.Text.looksLikeDocumentNumber(f.q().trim())) {
                    // a ticket number, whole or begun: a range of the number's index
                    p.add(com.yiti.shared.DocumentTextSearch.matches(cb, root, f.q(), "number"));
                } else {
                    // words of the subject, anywhere (a scan of the tickets, the rare fragment)
                    String like = "%" + f.q().trim().toLowerCase(Locale.ROOT) + "%";
                    p.add(cb.or(
                            cb.like(cb.lower(root.get("number")), like), cb.like(cb.lower(root.get("subject")), like)));
                }
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.priority() != null) {
                p.add(cb.equal(root.get("priority"), f.priority()));
            }
            if (f.assigneeId() != null) {
                p.add(cb.equal(root.get("assigneeId"), f.assigneeId()));
            }
            if (f.customerId() != null) {
                p.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (f.sla() != null) {
                switch (f.sla()) {
                    case MET, MISSED -> p.add(cb.equal(root.get("slaMet"), f.sla() == SlaState.MET));
                    case PAUSED -> p.add(cb.equal(root.get("status"), TicketStatus.WAITING_FOR_CUSTOMER));
                    default ->
                        p.add(
                                byMarks
                                        ? ticketClock.verdictIs(f.sla()).toPredicate(root, query, cb)
                                        : root.get("status").in(TicketStatus.NEW, TicketStatus.IN_PROGRESS));
                }
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private List<TicketView> views(List<Ticket> list) {
        Map<Long, CustomerSummary> names =
                customers.summaries(list.stream().map(Ticket::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> assignees = directory.displayNames(list.stream()
                .map(Ticket::getAssigneeId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        BusinessCalendar calendar = levels.calendar();
        Instant now = clock.instant();
        return list.stream()
                .map(t -> {
                    TicketClock.Clocked c = ticketClock.clocked(t, calendar, now);
                    return new TicketView(
                            t.getId(),
                            t.getNumber(),
                            t.getCustomerId(),
                            names.get(t.getCustomerId()).name(),
                            t.getContactId(),
                            t.getOrderId(),
                            t.getProductId(),
                            t.getType(),
                            t.getPriority(),
                            t.getChannel(),
                            t.getSubject(),
                            t.getDescription(),
                            t.getAssigneeId(),
                            t.getAssigneeId() == null ? null : assignees.get(t.getAssigneeId()),
                            t.getStatus(),
                            t.getOpenedAt(),
                            t.getFirstRespondedAt(),
                            t.getResolvedAt(),
                            t.getClosedAt(),
                            t.getResolution(),
                            t.getCsat(),
                            t.getCsatComment(),
                            t.getRootCause(),
                            c.firstTarget(),
                            c.firstUsed(),
                            c.resolutionTarget(),
                            c.used(),
                            c.sla(),
                            t.getCreatedBy(),
                            t.getLotNumber(),
                            t.getVersion());
                })
                .toList();
    }

    /** A ticket's SLA state now (for the service reports). */
    SlaState slaNow(Ticket t, BusinessCalendar calendar, Instant now) {
        return ticketClock.clocked(t, calendar, now).sla();
    }
}
