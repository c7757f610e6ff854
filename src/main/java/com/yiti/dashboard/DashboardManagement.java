package com.yiti.dashboard;

import com.yiti.aftersales.ServiceSummary;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.dashboard.internal.ReadModelQueries;
import com.yiti.dashboard.internal.ReadModelQueries.Row;
import com.yiti.finance.AgingRow;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.PipelineFigures;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' dashboard: every figure of a period from the read models and the modules' aggregate queries. MANAGER
 * and ADMIN see everything; a SALES_MANAGER sees revenue and pipeline of their team; nobody else has a dashboard.
 * Definitions of each figure are on the page (messages {@code dashboard.def.*}) and in docs/flows/8-dashboards.md.
 */
@Service
@Transactional(readOnly = true)
public class DashboardManagement {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int WEEKS = 12;

    private final ReadModelQueries queries;
    private final UserDirectory directory;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;
    private final com.yiti.inventory.LowStockRule lowStock;
    private final com.yiti.inventory.StockValuation valuation;
    private final OpportunityManagement opportunities;
    private final ReceivablesManagement receivables;
    private final com.yiti.finance.ReceivablesPosition position;
    private final com.yiti.aftersales.ServiceReports reports;
    private final Clock clock;
    private final com.yiti.production.CapacityPlanning capacity;
    private final com.yiti.production.DemandForecasts forecasts;
    private final java.util.concurrent.ExecutorService sections =
            java.util.concurrent.Executors.newFixedThreadPool(6, r -> {
                Thread t = new Thread(r, "dashboard-section");
                t.setDaemon(true);
                return t;
            });

    DashboardManagement(
            ReadModelQueries queries,
            UserDirectory directory,
            CustomerManagement customers,
            InventoryManagement inventory,
            com.yiti.inventory.LowStockRule lowStock,
            com.yiti.inventory.StockValuation valuation,
            OpportunityManagement opportunities,
            ReceivablesManagement receivables,
            com.yiti.finance.ReceivablesPosition position,
            com.yiti.aftersales.ServiceReports reports,
            Clock clock,
            com.yiti.production.CapacityPlanning capacity,
            com.yiti.production.DemandForecasts forecasts) {
        this.capacity = capacity;
        this.forecasts = forecasts;
        this.queries = queries;
        this.directory = directory;
        this.customers = customers;
        this.inventory = inventory;
        this.valuation = valuation;
        this.lowStock = lowStock;
        this.opportunities = opportunities;
        this.receivables = receivables;
        this.position = position;
        this.reports = reports;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The owners whose figures the user sees: null for everyone, a sales manager's team otherwise. */
    Collection<Long> owners() {
        CurrentUser user = directory.require();
        if (user.hasAnyRole(Set.of(Role.MANAGER, Role.ADMIN))) {
            return null;
        }
        if (user.hasRole(Role.SALES_MANAGER)) {
            return directory.salesScope(user).ownerIds();
        }
        throw new AccessDeniedException("no dashboard for this role");
    }

    /**
     * Every section the user sees. The sections are independent reads, so they run side by side (each in its own
     * read-only transactions, with the caller's identity and language): the page waits for the slowest, not the sum.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public DashboardFigures figures(Period period) {
        Collection<Long> owners = owners();
        boolean all = owners == null;
        var revenue = inParallel(() -> revenue(period, owners));
        var pipeline = inParallel(() -> pipeline(period, owners));
        var orders = all ? inParallel(() -> orders(period)) : null;
        var inventory = all ? inParallel(() -> inventory(period)) : null;
        var receivables = all ? inParallel(() -> receivables(period)) : null;
        var service = all ? inParallel(() -> service(period)) : null;
        var production = all ? inParallel(() -> production(period)) : null;
        return new DashboardFigures(
                period,
                !all,
                join(revenue),
                join(pipeline),
                join(orders),
                join(inventory),
                join(receivables),
                join(service),
                join(production));
    }

    private <T> java.util.concurrent.Future<T> inParallel(java.util.function.Supplier<T> section) {
        org.springframework.security.core.context.SecurityContext security =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        Locale locale = LocaleContextHolder.getLocale();
        return sections.submit(() -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(security);
            LocaleContextHolder.setLocale(locale);
            try {
                return section.get();
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    private static <T> T join(java.util.concurrent.Future<T> future) {
        if (future == null) {
            return null;
        }
        try {
            return future.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("dashboard section took over a minute", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        sections.shutdownNow();
    }

    /** One section of the dashboard (for the API and the benchmark): revenue, pipeline, orders, inventory, receivables, service. */
    public Object section(String name, Period period) {
        Collection<Long> owners = owners();
        if (owners != null && !name.equals("revenue") && !name.equals("pipeline")) {
            throw new AccessDeniedException("not in this user's dashboard");
        }
        return switch (name) {
            case "revenue" -> revenue(period, owners);
            case "pipeline" -> pipeline(period, owners);
            case "orders" -> orders(period);
            case "inventory" -> inventory(period);
            case "receivables" -> receivables(period);
            case "service" -> service(period);
            case "production" -> production(period);
            default -> throw new com.yiti.shared.RecordNotFoundException("Dashboard", name);
        };
    }

    // ---- sections ----------------------------------------------------------------------------------------------

    DashboardFigures.Revenue revenue(Period p, Collection<Long> owners) {
        BigDecimal net = queries.revenue(p.from(), p.to(), owners)[0];
        BigDecimal previous = queries.revenue(p.previousFrom(), p.previousTo(), owners)[0];
        List<Row> customerRows = queries.topCustomers(p.fromMonth(), p.toMonth(), owners, 10);
        Map<Long, CustomerSummary> names = customers.summaries(
                customerRows.stream().map(r -> Long.valueOf(r.key())).collect(Collectors.toSet()));
        List<Row> productRows = queries.topProducts(p.fromMonth(), p.toMonth(), owners, 10);
        Map<Long, ProductView> products = inventory.productsById(
                productRows.stream().map(r -> Long.valueOf(r.key())).collect(Collectors.toSet()));
        Locale locale = LocaleContextHolder.getLocale();
        return new DashboardFigures.Revenue(
                net,
                previous,
                entries(queries.revenueByMonth(p.from(), p.to(), owners)),
                entries(queries.revenueByTier(p.from(), p.to(), owners)),
                customerRows.stream()
                        .map(r -> {
                            long id = Long.parseLong(r.key());
                            CustomerSummary c = names.get(id);
                            return new DashboardFigures.Entry(c == null ? r.key() : c.name(), id, r.value());
                        })
                        .toList(),
                productRows.stream()
                        .map(r -> {
                            long id = Long.parseLong(r.key());
                            ProductView pv = products.get(id);
                            return new DashboardFigures.Entry(
                                    pv == null ? r.key() : pv.sku() + " " + pv.name(locale), id, r.value());
                        })
                        .toList());
    }

    DashboardFigures.Pipeline pipeline(Period p, Collection<Long> owners) {
        PipelineFigures now = opportunities.pipelineFigures(owners, start(p.from()), start(p.to().plusDays(1)));
        PipelineFigures before = opportunities.closedFigures(
                owners, start(p.previousFrom()), start(p.previousTo().plusDays(1)));
        Map<Long, String> names = directory.displayNames(
                now.reps().stream().map(PipelineFigures.RepWinRate::ownerId).collect(Collectors.toSet()));
        return new DashboardFigures.Pipeline(
                now.openAmount(),
                now.weightedAmount().setScale(2, RoundingMode.HALF_UP),
                now.open().stream()
                        .map(s -> new DashboardFigures.Pipeline.Stage(
                                s.stage().name(),
                                s.count(),
                                s.amount(),
                                s.weighted().setScale(2, RoundingMode.HALF_UP)))
                        .toList(),
                now.reps().stream()
                        .map(r -> new DashboardFigures.Pipeline.Rep(
                                r.ownerId(), names.get(r.ownerId()), r.won(), r.closed(), r.winRatePct()))
                        .sorted(java.util.Comparator.comparing(DashboardFigures.Pipeline.Rep::name))
                        .toList(),
                now.total().winRatePct(),
                before.total().winRatePct(),
                now.averageDaysToClose());
    }

    DashboardFigures.Orders orders(Period p) {
        List<long[]> now = queries.cycleHistogram(p.from(), p.to());
        List<long[]> before = queries.cycleHistogram(p.previousFrom(), p.previousTo());
        LocalDate weeksFrom = max(
                p.from(),
                p.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1));
        Map<LocalDate, Map<Long, long[]>> byWeek = new TreeMap<>();
        for (Object[] d : queries.deliveries(weeksFrom, p.to())) {
            LocalDate monday = ((LocalDate) d[0]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] bucket = byWeek.computeIfAbsent(monday, k -> new TreeMap<>())
                    .computeIfAbsent(((Integer) d[1]).longValue(), k -> new long[] {k, 0, 0, 0});
            bucket[1] += (Long) d[2];
            bucket[2] += (Long) d[3];
            bucket[3] += (Long) d[4];
        }
        List<DashboardFigures.Orders.Week> weeks = byWeek.entrySet().stream()
                .map(e -> {
                    List<long[]> h = new ArrayList<>(e.getValue().values());
                    return new DashboardFigures.Orders.Week(
                            e.getKey().toString(), sum(h, 1), percentile(h, 50), pct(sum(h, 2), sum(h, 3)));
                })
                .toList();
        Object[] backlog = queries.backlog(null);
        return new DashboardFigures.Orders(
                sum(now, 1),
                percentile(now, 50),
                percentile(now, 90),
                percentile(before, 50),
                pct(sum(now, 2), sum(now, 3)),
                pct(sum(before, 2), sum(before, 3)),
                weeks,
                (BigDecimal) backlog[1],
                (Long) backlog[0],
                (Long) backlog[2],
                (Long) backlog[3]);
    }

    private static long sum(List<long[]> histogram, int column) {
        return histogram.stream().mapToLong(h -> h[column]).sum();
    }

    /**
     * Nearest-rank percentile over a histogram of (value, count) rows in ascending value: the value at rank
     * ⌈p/100 × n⌉; null for no values. Exact, since cycle times are whole days.
     */
    static Integer percentile(List<long[]> histogram, int p) {
        long n = sum(histogram, 1);
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
        long seen = 0;
        for (long[] h : histogram) {
            seen += h[1];
            if (seen >= rank) {
                return (int) h[0];
            }
        }
        return (int) histogram.get(histogram.size() - 1)[0];
    }

    DashboardFigures.Inventory inventory(Period p) {
        // the value now, from the stock balances (one indexed sum); the daily snapshots only make the average: a
        // snapshot taken before the day's stock came in once showed 0.00 for an hour
        BigDecimal value = valuation.stockValue();
        BigDecimal cogs = queries.revenue(p.from(), p.to(), null)[2];
        BigDecimal averageKept = queries.averageStockValue(p.from(), p.to());
        BigDecimal average = (averageKept == null ? value : averageKept).setScale(2, RoundingMode.HALF_UP);
        BigDecimal turnover = average.signum() == 0 ? null : cogs.divide(average, 2, RoundingMode.HALF_UP);
        BigDecimal daysOfSupply = cogs.signum() <= 0
                ? null
                : value.multiply(BigDecimal.valueOf(p.days())).divide(cogs, 1, RoundingMode.HALF_UP);
        return new DashboardFigures.Inventory(
                value,
                cogs,
                average,
                turnover,
                daysOfSupply,
                queries.countBackordered(inventory.productsWithoutAvailable()),
                lowStock.lowStockCount());
    }

    DashboardFigures.Receivables receivables(Period p) {
        List<AgingRow> aging = position.agingSummary(today(), 5);
        AgingRow total = aging.get(aging.size() - 1);
        BigDecimal overdue = total.total().subtract(total.current());
        return new DashboardFigures.Receivables(
                total,
                overdue,
                dso(total.total(), p.from(), p.to()),
                aging.subList(0, aging.size() - 1).stream()
                        .filter(r -> r.total().subtract(r.current()).signum() > 0)
                        .limit(5)
                        .toList());
    }

    /** Receivables open at the end of the period ÷ gross invoiced in it × its days; null when nothing was invoiced. */
    private BigDecimal dso(BigDecimal open, LocalDate from, LocalDate to) {
        BigDecimal[] r = queries.revenue(from, to, null);
        BigDecimal gross = r[0].add(r[1]);
        if (gross.signum() <= 0) {
            return null;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return open.multiply(BigDecimal.valueOf(days)).divide(gross, 1, RoundingMode.HALF_UP);
    }

    DashboardFigures.Production production(Period p) {
        List<DashboardFigures.Production.Centre> centres = capacity.load(today(), 28).stream()
                .map(c -> new DashboardFigures.Production.Centre(
                        c.code(),
                        c.days().stream()
                                .map(com.yiti.production.CapacityPlanning.Day::load)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        c.days().stream()
                                .map(com.yiti.production.CapacityPlanning.Day::capacity)
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        c.days().stream()
                                .filter(com.yiti.production.CapacityPlanning.Day::overloaded)
                                .count()))
                .toList();
        var adherence = capacity.adherence(p.from(), p.to());
        return new DashboardFigures.Production(
                centres, adherence.completed(), adherence.percent(), forecasts.averageError());
    }

    DashboardFigures.Service service(Period p) {
        ServiceSummary now = reports.summary(p.from(), p.to());
        ServiceSummary before = reports.resolvedSummary(p.previousFrom(), p.previousTo());
        Map<Long, ProductView> products = inventory.productsById(now.complaintProducts().stream()
                .map(ServiceSummary.ProductComplaints::productId)
                .collect(Collectors.toSet()));
        return new DashboardFigures.Service(
                now.open(),
                now.breached(),
                now.resolved(),
                now.slaPct(),
                before.slaPct(),
                now.averageCsat(),
                now.complaintProducts().stream()
                        .map(c -> new DashboardFigures.Entry(
                                products.get(c.productId()).sku(), c.productId(), BigDecimal.valueOf(c.complaints())))
                        .toList(),
                now.rootCauses().entrySet().stream()
                        .map(e -> new DashboardFigures.Entry(e.getKey().name(), null, BigDecimal.valueOf(e.getValue())))
                        .toList());
    }

    // ---- arithmetic --------------------------------------------------------------------------------------------

    static BigDecimal pct(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static List<DashboardFigures.Entry> entries(List<Row> rows) {
        return rows.stream()
                .map(r -> new DashboardFigures.Entry(r.key(), null, r.value()))
                .toList();
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
