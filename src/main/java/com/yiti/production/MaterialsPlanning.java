package com.yiti.production;

import com.yiti.platform.CurrentUser;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.production.internal.CapacityLoad;
import com.yiti.production.internal.MrpEngine;
import com.yiti.production.internal.MrpInputs;
import com.yiti.production.internal.MrpRun;
import com.yiti.production.internal.MrpRuns;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planning runs (decision 042): one at a time across every node (the run row holds a unique running slot), on
 * demand in the background or nightly. A run reads everything it plans with, computes the plan in memory
 * ({@link MrpEngine}), flags work centres loaded past their hours, and replaces the proposals of the last run in one
 * transaction — firmed ones stay, they are production orders and requisitions now. Purchasing and production get
 * an inbox task for each product whose proposal must start within {@value #WARN_DAYS} days.
 */
@Service
public class MaterialsPlanning {

    /** Proposals that must start within this many days raise a task for the buyer or the planner. */
    public static final int WARN_DAYS = 14;

    /** A run still "running" after this long died with its node: the next one takes the slot over. */
    static final Duration ABANDONED = Duration.ofMinutes(30);

    static final String RULE = "mrp-order-by";

    private static final Logger log = LoggerFactory.getLogger(MaterialsPlanning.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MrpRuns runs;
    private final MrpInputs inputs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final UserDirectory directory;
    private final TaskManagement tasks;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mrp-run");
        t.setDaemon(true);
        return t;
    });

    MaterialsPlanning(
            MrpRuns runs,
            MrpInputs inputs,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            UserDirectory directory,
            TaskManagement tasks,
            Clock clock) {
        this.runs = runs;
        this.inputs = inputs;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.directory = directory;
        this.tasks = tasks;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Starts a run in the background; refused while another one runs. */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public MrpRunView start() {
        long id = claim("MANUAL", actor());
        background.submit(() -> execute(id));
        return run(id);
    }

    /** Runs now and returns when done (the nightly job, and whoever must wait for the plan). */
    public MrpRunView runNow(String trigger, String actor) {
        long id = claim(trigger, actor);
        execute(id);
        return run(id);
    }

    public MrpRunView run(long id) {
        return view(runs.findById(id).orElseThrow(() -> new RecordNotFoundException("MrpRun", id)));
    }

    public Page<MrpRunView> runs(Pageable pageable) {
        return runs.findAllByOrderByIdDesc(pageable).map(MaterialsPlanning::view);
    }

    // ---- the run -------------------------------------------------------------------------------------------------

    /** Takes the running slot, or says a run is on; a run that outlived {@link #ABANDONED} is given up first. */
    private long claim(String trigger, String actor) {
        try {
            return tx.execute(s -> runs.saveAndFlush(new MrpRun(trigger, actor, clock.instant()))
                    .getId());
        } catch (DataIntegrityViolationException taken) {
            int abandoned = tx.execute(s -> {
                int n = 0;
                for (MrpRun r : runs.findByStatus(MrpRunStatus.RUNNING)) {
                    if (r.getStartedAt().isBefore(clock.instant().minus(ABANDONED))) {
                        r.failed("abandoned", clock.instant());
                        n++;
                    }
                }
                return n;
            });
            if (abandoned == 0) {
                throw new BusinessRuleException(null, "mrp.alreadyRunning");
            }
            return tx.execute(s -> runs.saveAndFlush(new MrpRun(trigger, actor, clock.instant()))
                    .getId());
        }
    }

    private void execute(long runId) {
        try {
            LocalDate today = LocalDate.now(clock.withZone(CHINA));
            MrpInputs.Snapshot in = inputs.read(today);
            MrpEngine.Result result =
                    new MrpEngine(in.items(), in.bills(), in.leadTimes(), today).run(in.demands(), in.supplies());
            Map<MrpEngine.Proposal, List<MrpEngine.Reason>> capacity = capacity(in, result, today);
            int late = (int)
                    result.proposals().stream().filter(MrpEngine.Proposal::late).count();
            tx.executeWithoutResult(s -> {
                replaceProposals(runId, result.proposals(), capacity);
                MrpRun run = runs.findById(runId).orElseThrow();
                run.done(
                        result.productsPlanned(),
                        result.demands(),
                        result.proposals().size(),
                        late,
                        clock.instant());
            });
            warn(result.proposals(), today, in);
        } catch (RuntimeException e) {
            log.error("MRP run {} failed", runId, e);
            tx.executeWithoutResult(s -> runs.findById(runId)
                    .orElseThrow()
                    .failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant()));
        }
    }

    /**
     * Loads open production orders and the proposals to make on the work centres; a proposal with an operation in
     * a week its work centre cannot hold says so.
     */
    private static Map<MrpEngine.Proposal, List<MrpEngine.Reason>> capacity(
            MrpInputs.Snapshot in, MrpEngine.Result result, LocalDate today) {
        CapacityLoad load = new CapacityLoad(in.routings(), in.calendars());
        for (MrpEngine.SupplyIn s : in.supplies()) {
            if (s.kind() == MrpEngine.SupplyKind.PRODUCTION_ORDER && in.items().containsKey(s.productId())) {
                LocalDate due = s.date() == null || s.date().isBefore(today) ? today : s.date();
                LocalDate start = in.leadTimes().start(in.items().get(s.productId()), s.quantity(), due);
                load.add(s.productId(), s.quantity(), start.isBefore(today) ? today : start);
            }
        }
        Map<MrpEngine.Proposal, List<CapacityLoad.Slice>> slices = new IdentityHashMap<>();
        for (MrpEngine.Proposal p : result.proposals()) {
            if (p.make()) {
                LocalDate start = p.feasibleDate().isAfter(p.due()) ? p.feasibleDate() : p.start();
                slices.put(p, load.add(p.productId(), p.quantity(), start.isBefore(today) ? today : start));
            }
        }
        Map<Long, Set<LocalDate>> over = load.overloadedWeeks();
        Map<MrpEngine.Proposal, List<MrpEngine.Reason>> reasons = new IdentityHashMap<>();
        slices.forEach((p, list) -> list.stream()
                .filter(s -> over.getOrDefault(s.workCentreId(), Set.of()).contains(CapacityLoad.monday(s.date())))
                .map(s -> List.of(s.workCentreId(), CapacityLoad.monday(s.date())))
                .distinct()
                .forEach(k -> reasons.computeIfAbsent(p, x -> new ArrayList<>())
                        .add(new MrpEngine.Reason(
                                "mrp.reason.capacity",
                                List.of(
                                        in.calendars().get((Long) k.get(0)).code(),
                                        k.get(1).toString())))));
        return reasons;
    }

    private void replaceProposals(
            long runId, List<MrpEngine.Proposal> proposals, Map<MrpEngine.Proposal, List<MrpEngine.Reason>> extra) {
        jdbc.update("delete from prd_mrp_peg where proposal_id in"
                + " (select id from prd_mrp_proposal where status <> 'FIRMED')");
        jdbc.update("delete from prd_mrp_proposal where status <> 'FIRMED'");
        List<Object[]> rows = new ArrayList<>(proposals.size());
        for (MrpEngine.Proposal p : proposals) {
            List<MrpEngine.Reason> reasons = new ArrayList<>(p.reasons());
            reasons.addAll(extra.getOrDefault(p, List.of()));
            rows.add(new Object[] {
                runId,
                p.productId(),
                p.warehouseId(),
                p.make() ? "MAKE" : "BUY",
                p.lowLevelCode(),
                p.quantity(),
                Date.valueOf(p.start()),
                Date.valueOf(p.due()),
                p.quantity(),
                Date.valueOf(p.due()),
                Date.valueOf(p.feasibleDate()),
                p.late(),
                encode(reasons),
                ProposalStatus.PROPOSED.name()
            });
        }
        insertRows(
                "insert into prd_mrp_proposal (run_id, product_id, warehouse_id, kind, low_level_code, quantity,"
                        + " start_date, due_date, proposed_quantity, proposed_due_date, feasible_date, late, reasons,"
                        + " status, version) values ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                rows);
        // one run writes at a time (the running slot): its proposals' ids come in the order they were written
        List<Long> ids =
                jdbc.queryForList("select id from prd_mrp_proposal where run_id = ? order by id", Long.class, runId);
        Map<MrpEngine.Proposal, Long> idOf = new IdentityHashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            idOf.put(proposals.get(i), ids.get(i));
        }
        List<Object[]> pegs = new ArrayList<>();
        for (MrpEngine.Proposal p : proposals) {
            for (MrpEngine.Peg peg : p.pegs()) {
                MrpEngine.Demand d = peg.demand();
                pegs.add(new Object[] {
                    idOf.get(p),
                    d.kind().name(),
                    peg.quantity(),
                    Date.valueOf(d.date()),
                    d.reference() == null
                            ? null
                            : d.reference()
                                    .substring(0, Math.min(60, d.reference().length())),
                    d.orderLineId(),
                    d.planLineId(),
                    d.parent() == null ? null : idOf.get(d.parent())
                });
            }
        }
        insertRows(
                "insert into prd_mrp_peg (proposal_id, demand_kind, quantity, need_date, reference, order_line_id,"
                        + " plan_line_id, parent_proposal_id) values ",
                "(?, ?, ?, ?, ?, ?, ?, ?)",
                pegs);
    }

    /** Rows per INSERT: many rows a statement whatever the driver does with batches. */
    static final int ROWS_PER_INSERT = 500;

    private void insertRows(String insert, String row, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(from + ROWS_PER_INSERT, rows.size()));
            StringBuilder sql = new StringBuilder(insert);
            List<Object> args = new ArrayList<>(chunk.size() * chunk.get(0).length);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
                java.util.Collections.addAll(args, chunk.get(i));
            }
            jdbc.update(sql.toString(), args.toArray());
        }
    }

    /** Reasons as stored: {@code code|arg|arg;code|arg}. */
    static String encode(List<MrpEngine.Reason> reasons) {
        if (reasons.isEmpty()) {
            return null;
        }
        String s = reasons.stream()
                .map(r -> String.join(
                        "|",
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(r.code()), r.args().stream())
                                .toList()))
                .collect(Collectors.joining(";"));
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    static List<ProposalView.Reason> decode(String reasons) {
        if (reasons == null || reasons.isBlank()) {
            return List.of();
        }
        List<ProposalView.Reason> list = new ArrayList<>();
        for (String r : reasons.split(";")) {
            String[] parts = r.split("\\|", -1);
            list.add(new ProposalView.Reason(parts[0], List.of(parts).subList(1, parts.length)));
        }
        return list;
    }

    /**
     * Early warnings: one inbox task per product whose proposal must start within {@value #WARN_DAYS} days — to
     * buy for purchasing, to make for production — and the warnings of products no longer in that state closed.
     */
    private void warn(List<MrpEngine.Proposal> proposals, LocalDate today, MrpInputs.Snapshot in) {
        Map<Long, BigDecimal> free = new HashMap<>();
        for (MrpEngine.SupplyIn s : in.supplies()) {
            if (s.kind() == MrpEngine.SupplyKind.STOCK) {
                free.merge(s.productId(), s.quantity(), BigDecimal::add);
            }
        }
        Map<String, MrpEngine.Proposal> first = new HashMap<>();
        for (MrpEngine.Proposal p : proposals) {
            if (!p.start().isAfter(today.plusDays(WARN_DAYS))) {
                first.merge(
                        "mrp:" + p.productId() + ":" + p.warehouseId(),
                        p,
                        (a, b) -> a.start().isAfter(b.start()) ? b : a);
            }
        }
        tasks.raiseNew(
                RULE,
                first.keySet(),
                refs -> refs.stream()
                        .map(ref -> {
                            MrpEngine.Proposal p = first.get(ref);
                            MrpEngine.Peg peg =
                                    p.pegs().isEmpty() ? null : p.pegs().get(0);
                            String kind = peg == null
                                    ? "REORDER"
                                    : peg.demand().kind().name();
                            String serves = peg == null || peg.demand().reference() == null
                                    ? ""
                                    : peg.demand().reference();
                            return new NewTask(
                                    (p.make() ? "mrp.task.make." : "mrp.task.buy.") + kind,
                                    List.of(
                                            p.sku(),
                                            p.quantity().stripTrailingZeros().toPlainString(),
                                            p.due().toString(),
                                            serves,
                                            p.start().isBefore(today)
                                                    ? today.toString()
                                                    : p.start().toString(),
                                            nz(free.get(p.productId()))
                                                    .stripTrailingZeros()
                                                    .toPlainString(),
                                            String.valueOf(in.leadDays().getOrDefault(p.productId(), 0))),
                                    "/production/mrp?q=" + p.sku(),
                                    null,
                                    p.make() ? Role.PRODUCTION : Role.PURCHASING,
                                    p.start().isBefore(today) ? today : p.start(),
                                    RULE,
                                    ref);
                        })
                        .toList());
        tasks.closeCleared(RULE, first.keySet());
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    static MrpRunView view(MrpRun r) {
        return new MrpRunView(
                r.getId(),
                r.getStatus(),
                r.getTrigger(),
                r.getStartedAt(),
                r.getStartedBy(),
                r.getFinishedAt(),
                r.getDurationMs(),
                r.getProductsPlanned(),
                r.getDemands(),
                r.getProposals(),
                r.getLateProposals(),
                r.getError());
    }

    static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
