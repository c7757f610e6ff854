package com.yiti.opportunity;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.opportunity.internal.Opportunities;
import com.yiti.opportunity.internal.Opportunity;
import com.yiti.opportunity.internal.OpportunityTotals;
import com.yiti.opportunity.internal.PipelineTotals;
import com.yiti.opportunity.internal.StageChange;
import com.yiti.opportunity.internal.StageChanges;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.SalesScope;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities and the pipeline. Scoped by the opportunity's owner ({@link SalesScope}); every stage move is kept
 * in the stage history in the same transaction.
 */
@Service
@Transactional
public class OpportunityManagement {

    static final int BOARD_CARDS_PER_STAGE = 30;
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final Opportunities opportunities;
    private final StageChanges stageChanges;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final AuditHistory auditHistory;
    private final Clock clock;
    private final OpportunityTotals totals;
    private final PipelineTotals pipelineTotals;
    private final com.yiti.shared.ListPages listPages;

    private final com.yiti.automation.Automation automation;

    OpportunityManagement(
            Opportunities opportunities,
            StageChanges stageChanges,
            CustomerManagement customers,
            UserDirectory directory,
            AuditHistory auditHistory,
            Clock clock,
            OpportunityTotals totals,
            PipelineTotals pipelineTotals,
            com.yiti.shared.ListPages listPages,
            com.yiti.automation.Automation automation) {
        this.automation = automation;
        this.listPages = listPages;
        this.opportunities = opportunities;
        this.stageChanges = stageChanges;
        this.customers = customers;
        this.directory = directory;
        this.auditHistory = auditHistory;
        this.clock = clock;
        this.totals = totals;
        this.pipelineTotals = pipelineTotals;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<OpportunityView> search(OpportunityFilter filter, Pageable pageable) {
        SalesScope scope = scope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        return views(listPages.find(opportunities, Opportunity.class, specification(filter, scope), pageable));
    }

    @Transactional(readOnly = true)
    public OpportunityView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    @Transactional(readOnly = true)
    public List<StageChangeView> stageHistory(long id) {
        visible(id);
        return stageChanges.findByOpportunityIdOrderByIdDesc(id).stream()
                .map(StageChange::toView)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry<OpportunityView>> history(long id) {
        visible(id);
        return auditHistory.of(Opportunity.class, id).stream()
                .map(e -> new AuditEntry<>(
                        e.revision(),
                        e.at(),
                        e.by(),
                        e.type(),
                        views(List.of(e.state())).get(0)))
                .toList();
    }

    /**
     * The pipeline for the dashboards, over the given owners (null: everyone): open amounts by stage, and for the
     * opportunities closed between the instants the win rate per rep and the average days from creation to a win.
     */
    @org.springframework.security.access.prepost.PreAuthorize(
            "hasAnyRole('MANAGER', 'ADMIN', 'SALES_MANAGER', 'SALES_REP')")
    @Transactional(readOnly = true)
    public PipelineFigures pipelineFigures(
            java.util.Collection<Long> wanted, java.time.Instant from, java.time.Instant to) {
        return pipelineFigures(wanted, from, to, true);
    }

    /** The closed-in-a-period part only (win rates; no days to close), e.g. for the period compared with. */
    @org.springframework.security.access.prepost.PreAuthorize(
            "hasAnyRole('MANAGER', 'ADMIN', 'SALES_MANAGER', 'SALES_REP')")
    @Transactional(readOnly = true)
    public PipelineFigures closedFigures(
            java.util.Collection<Long> wanted, java.time.Instant from, java.time.Instant to) {
        return pipelineFigures(wanted, from, to, false);
    }

    private PipelineFigures pipelineFigures(
            java.util.Collection<Long> wanted, java.time.Instant from, java.time.Instant to, boolean withOpen) {
        SalesScope scope = scope();
        java.util.Collection<Long> owners = scope.all()
                ? wanted
                : wanted == null
                        ? scope.ownerIds()
                        : wanted.stream().filter(scope::includes).toList();
        boolean all = owners == null;
        List<PipelineFigures.StageAmount> open = !withOpen
                ? List.of()
                : pipelineTotals.openByStage(all ? null : owners).stream()
                        .map(r -> new PipelineFigures.StageAmount(
                                (Stage) r[0],
                                ((Number) r[1]).longValue(),
                                money(r[2]),
                                money(((BigDecimal) r[3]).movePointLeft(2))))
                        .sorted(java.util.Comparator.comparing(PipelineFigures.StageAmount::stage))
                        .toList();
        java.time.LocalDate fromDay = java.time.LocalDate.ofInstant(from, PipelineTotals.ZONE);
        java.time.LocalDate toDay = java.time.LocalDate.ofInstant(to, PipelineTotals.ZONE);
        List<PipelineFigures.RepWinRate> reps =
                pipelineTotals.closedByOwner(fromDay, toDay, all ? null : owners).stream()
                        .map(r -> new PipelineFigures.RepWinRate(r[0], r[1], r[2]))
                        .toList();
        // days to close only for the period shown, not for the one it is compared with
        long[] won = withOpen ? pipelineTotals.won(fromDay, toDay, all ? null : owners) : new long[] {0, 0};
        java.math.BigDecimal averageDays = won[0] == 0
                ? null
                : java.math.BigDecimal.valueOf(won[1])
                        .divide(java.math.BigDecimal.valueOf(won[0] * 24L * 60L), 1, java.math.RoundingMode.HALF_UP);
        return new PipelineFigures(open, reps, averageDays);
    }

    /** Open opportunities past their expected close date (id, owner, title, date), for the alert job. */
    @Transactional(readOnly = true)
    public List<OverdueOpportunity> pastCloseDate(java.time.LocalDate today) {
        return opportunities.pastCloseDate(java.util.EnumSet.of(Stage.WON, Stage.LOST), today).stream()
                .map(r -> new OverdueOpportunity((Long) r[0], (Long) r[1], (String) r[2], (java.time.LocalDate) r[3]))
                .toList();
    }

    private static java.math.BigDecimal money(Object value) {
        return value == null
                ? java.math.BigDecimal.ZERO.setScale(2)
                : new java.math.BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The board: per stage the count, amount and weighted amount of all matching opportunities, and the first cards. */
    @Transactional(readOnly = true)
    public List<PipelineColumn> board(OpportunityFilter filter) {
        SalesScope scope = scope();
        List<PipelineColumn> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (scope.none()) {
                columns.add(new PipelineColumn(stage, 0, BigDecimal.ZERO, BigDecimal.ZERO, List.of()));
                continue;
            }
            OpportunityFilter f = new OpportunityFilter(
                    filter.q(),
                    filter.ownerId(),
                    stage,
                    filter.closeMonth(),
                    filter.minAmount(),
                    filter.maxAmount(),
                    filter.customerId(),
                    filter.campaignId());
            Specification<Opportunity> spec = specification(f, scope);
            OpportunityTotals.Totals totals = this.totals.of(spec);
            List<Opportunity> cards = opportunities
                    .findAll(spec, firstPage(BOARD_CARDS_PER_STAGE))
                    .getContent();
            columns.add(new PipelineColumn(
                    stage,
                    totals.count(),
                    totals.amount().setScale(2, RoundingMode.HALF_UP),
                    totals.weightedAmountTimes100().divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP),
                    views(cards)));
        }
        return columns;
    }

    /** Open opportunities of a customer the user may see (for the customer 360 page). */
    @Transactional(readOnly = true)
    public List<OpportunityView> ofCustomer(long customerId) {
        SalesScope scope = scope();
        return views(opportunities.findByCustomerIdOrderByExpectedCloseDateAsc(customerId).stream()
                .filter(o -> scope.includes(o.getOwnerId()))
                .toList());
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    public OpportunityView create(OpportunityData data) {
        CurrentUser user = directory.require();
        SalesScope scope = directory.writableSalesScope(user);
        return save(newOpportunity(data, user, scope), user);
    }

    /** Used by lead qualification: same rules, plus where it came from. */
    OpportunityView createFromLead(OpportunityData data, long leadId, Long campaignId) {
        CurrentUser user = directory.require();
        SalesScope scope = directory.writableSalesScope(user);
        Opportunity o = newOpportunity(data, user, scope);
        o.cameFrom(leadId, campaignId);
        return save(o, user);
    }

    /** A new opportunity and the first line of its stage history, together. */
    private OpportunityView save(Opportunity o, CurrentUser user) {
        opportunities.saveAndFlush(o);
        pipelineTotals.change(null, PipelineTotals.Key.of(o));
        stageChanges.save(
                new StageChange(o.getId(), null, o.getStage(), o.getAmount(), user.username(), clock.instant()));
        return get(o.getId());
    }

    public OpportunityView update(long id, long expectedVersion, OpportunityData data) {
        CurrentUser user = directory.require();
        SalesScope scope = directory.writableSalesScope(user);
        Opportunity o = writable(id, scope);
        if (o.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Opportunity", id);
        }
        validate(data, o);
        PipelineTotals.Key before = PipelineTotals.Key.of(o);
        if (data.customerId() != null && !data.customerId().equals(o.getCustomerId())) {
            checkCustomer(data.customerId());
            o.setCustomerId(data.customerId());
        }
        if (data.ownerId() != null && !data.ownerId().equals(o.getOwnerId())) {
            checkOwner(scope, data.ownerId());
            o.setOwnerId(data.ownerId());
        }
        o.apply(data.title().trim(), money(data.amount()), data.expectedCloseDate(), blankToNull(data.nextStep()));
        Stage target = data.stage() == null ? o.getStage() : data.stage();
        if (target != o.getStage()) {
            move(o, target, data.probability(), data.lostReason(), user);
        } else {
            if (data.probability() != null) {
                o.setProbability(data.probability());
            }
            if (target == Stage.LOST) {
                o.moveTo(Stage.LOST, data.probability(), requireLostReason(data.lostReason()), clock.instant());
            }
        }
        opportunities.flush();
        pipelineTotals.change(before, PipelineTotals.Key.of(o));
        return get(id);
    }

    /**
     * Moves an opportunity to a stage (the board's drag, the stage selector, the API). Won and lost close it; lost
     * needs a reason. Moving to the stage it is in changes nothing.
     */
    public OpportunityView changeStage(long id, Stage target, String lostReason) {
        return changeStage(id, null, target, lostReason);
    }

    /**
     * The same, for a person acting on what their screen showed: with the version they saw, so a stale board or
     * form cannot silently undo a change someone made meanwhile (a manager's lost); 409 instead.
     */
    public OpportunityView changeStage(long id, Long expectedVersion, Stage target, String lostReason) {
        CurrentUser user = directory.require();
        SalesScope scope = directory.writableSalesScope(user);
        Opportunity o = writable(id, scope);
        if (expectedVersion != null && o.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Opportunity", id);
        }
        if (target == null) {
            throw new BusinessRuleException("stage", "field.required");
        }
        if (o.getStage() != target) {
            PipelineTotals.Key before = PipelineTotals.Key.of(o);
            move(o, target, null, lostReason, user);
            opportunities.flush();
            pipelineTotals.change(before, PipelineTotals.Key.of(o));
        }
        return get(id);
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private void move(Opportunity o, Stage target, Integer probability, String lostReason, CurrentUser user) {
        String reason = target == Stage.LOST ? requireLostReason(lostReason) : null;
        Stage from = o.getStage();
        o.moveTo(target, probability, reason, clock.instant());
        stageChanges.save(new StageChange(o.getId(), from, target, o.getAmount(), user.username(), clock.instant()));
        // for the automation rules that listen (decision 053)
        automation.publish(
                "opportunity.stageChanged",
                () -> new com.yiti.automation.AutomationEvent(
                        "opportunity.stageChanged",
                        "opportunity",
                        o.getId(),
                        o.getTitle(),
                        "/opportunities/" + o.getId(),
                        o.getOwnerId(),
                        o.getCustomerId(),
                        customers.summary(o.getCustomerId()).map(c -> c.name()).orElse(null),
                        java.util.Map.of(
                                "amount",
                                        o.getAmount() == null
                                                ? "0"
                                                : o.getAmount().toPlainString(),
                                "probability", String.valueOf(o.getProbability()),
                                "won", target == Stage.WON ? "1" : "0",
                                "lost", target == Stage.LOST ? "1" : "0")));
    }

    private static String requireLostReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("lostReason", "opportunity.lostReasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw new BusinessRuleException("lostReason", "field.tooLong", 500);
        }
        return reason.trim();
    }

    private Opportunity newOpportunity(OpportunityData data, CurrentUser user, SalesScope scope) {
        if (data.customerId() == null) {
            throw new BusinessRuleException("customerId", "field.required");
        }
        checkCustomer(data.customerId());
        long ownerId = data.ownerId() != null ? data.ownerId() : user.id();
        checkOwner(scope, ownerId);
        validate(data, null);
        Stage stage = data.stage() == null ? Stage.PROSPECTING : data.stage();
        Opportunity o = new Opportunity(data.customerId(), ownerId, stage);
        o.apply(data.title().trim(), money(data.amount()), data.expectedCloseDate(), blankToNull(data.nextStep()));
        o.moveTo(
                stage,
                data.probability(),
                stage == Stage.LOST ? requireLostReason(data.lostReason()) : null,
                clock.instant());
        return o;
    }

    private void validate(OpportunityData d, Opportunity existing) {
        if (d.title() == null || d.title().isBlank()) {
            throw new BusinessRuleException("title", "field.required");
        }
        if (d.title().trim().length() > 200) {
            throw new BusinessRuleException("title", "field.tooLong", 200);
        }
        if (d.amount() == null) {
            throw new BusinessRuleException("amount", "field.required");
        }
        if (d.amount().signum() < 0) {
            throw new BusinessRuleException("amount", "opportunity.amountNegative");
        }
        if (d.amount().scale() > 2 && d.amount().stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("amount", "opportunity.amountCents");
        }
        if (d.amount().compareTo(new BigDecimal("9999999999999.99")) > 0) {
            throw new BusinessRuleException("amount", "opportunity.amountTooLarge");
        }
        if (d.probability() != null && (d.probability() < 0 || d.probability() > 100)) {
            throw new BusinessRuleException("probability", "opportunity.probabilityRange");
        }
        if (d.expectedCloseDate() == null) {
            throw new BusinessRuleException("expectedCloseDate", "field.required");
        }
        LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
        boolean unchanged = existing != null && d.expectedCloseDate().equals(existing.getExpectedCloseDate());
        if (!unchanged && d.expectedCloseDate().isBefore(today.minusYears(1))) {
            throw new BusinessRuleException("expectedCloseDate", "opportunity.closeDateTooEarly");
        }
        if (d.expectedCloseDate().isAfter(today.plusYears(10))) {
            throw new BusinessRuleException("expectedCloseDate", "opportunity.closeDateTooLate");
        }
    }

    private void checkCustomer(long customerId) {
        if (!customers.isVisible(customerId)) {
            throw new BusinessRuleException("customerId", "opportunity.customerUnknown");
        }
    }

    private void checkOwner(SalesScope scope, long ownerId) {
        if (!directory.isAssignableOwner(scope, ownerId)) {
            throw new BusinessRuleException("ownerId", "customer.ownerNotAllowed");
        }
    }

    private SalesScope scope() {
        return directory.salesScope(directory.require());
    }

    private Opportunity visible(long id) {
        SalesScope scope = scope();
        return opportunities
                .findById(id)
                .filter(o -> scope.includes(o.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Opportunity", id));
    }

    private Opportunity writable(long id, SalesScope scope) {
        Opportunity o = opportunities
                .findById(id)
                .filter(x -> scope.includes(x.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Opportunity", id));
        if (!scope.canWrite(o.getOwnerId())) {
            throw new AccessDeniedException("read-only");
        }
        return o;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private Page<OpportunityView> views(Page<Opportunity> page) {
        return com.yiti.shared.ListPages.withContent(page, views(page.getContent()));
    }

    private List<OpportunityView> views(List<Opportunity> list) {
        Set<Long> customerIds = new HashSet<>();
        Set<Long> ownerIds = new HashSet<>();
        list.forEach(o -> {
            customerIds.add(o.getCustomerId());
            ownerIds.add(o.getOwnerId());
        });
        Map<Long, CustomerSummary> customerNames = customers.summaries(customerIds);
        Map<Long, String> owners = directory.displayNames(ownerIds);
        return list.stream()
                .map(o -> new OpportunityView(
                        o.getId(),
                        o.getCustomerId(),
                        customerNames.containsKey(o.getCustomerId())
                                ? customerNames.get(o.getCustomerId()).name()
                                : null,
                        o.getTitle(),
                        o.getAmount(),
                        o.getCurrency(),
                        o.getStage(),
                        o.getProbability(),
                        o.getExpectedCloseDate(),
                        o.getOwnerId(),
                        owners.get(o.getOwnerId()),
                        o.getLostReason(),
                        o.getNextStep(),
                        o.getLeadId(),
                        o.getCampaignId(),
                        o.getClosedAt(),
                        o.getVersion(),
                        o.getCreatedAt(),
                        o.getCreatedBy(),
                        o.getUpdatedAt(),
                        o.getUpdatedBy()))
                .toList();
    }

    static Specification<Opportunity> specification(OpportunityFilter f, SalesScope scope) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!scope.all()) {
                p.add(root.get("ownerId").in(scope.ownerIds()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                p.add(cb.like(cb.lower(root.get("title")), "%" + f.q().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (f.ownerId() != null) {
                p.add(cb.equal(root.get("ownerId"), f.ownerId()));
            }
            if (f.stage() != null) {
                p.add(cb.equal(root.get("stage"), f.stage()));
            }
            if (f.closeMonth() != null) {
                p.add(cb.between(
                        root.get("expectedCloseDate"),
                        f.closeMonth().atDay(1),
                        f.closeMonth().atEndOfMonth()));
            }
            if (f.minAmount() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("amount"), f.minAmount()));
            }
            if (f.maxAmount() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("amount"), f.maxAmount()));
            }
            if (f.customerId() != null) {
                p.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (f.campaignId() != null) {
                p.add(cb.equal(root.get("campaignId"), f.campaignId()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    static Pageable firstPage(int size) {
        return PageRequest.of(0, size, Sort.by("expectedCloseDate", "id"));
    }
}
