package com.yiti.dashboard.web;

import com.yiti.dashboard.DashboardFigures;
import com.yiti.dashboard.DashboardManagement;
import com.yiti.dashboard.Period;
import com.yiti.finance.AgingRow;
import com.yiti.platform.ReadReplica;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.CsvExport;
import com.yiti.shared.ReplicaReads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' dashboard page, its period selector, and each of its tables as CSV or Excel. */
@Controller
class DashboardController {

    private final DashboardManagement dashboard;
    private final ReadReplica replica;

    DashboardController(DashboardManagement dashboard, ReadReplica replica) {
        this.dashboard = dashboard;
        this.replica = replica;
    }

    @GetMapping("/dashboard")
    String page(
            @RequestParam(required = false) Period.Preset period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Period p;
        try {
            p = Period.of(period, from, to, dashboard.today());
        } catch (BusinessRuleException e) {
            model.addAttribute("periodError", e.code());
            p = Period.of(Period.Preset.THIS_MONTH, null, null, dashboard.today());
        }
        Period shown = p;
        // figures from the replica when one is configured, with its lag said on the page
        model.addAttribute("f", ReplicaReads.call(() -> dashboard.figures(shown)));
        replica.lag().ifPresent(lag -> model.addAttribute("replicaLagSeconds", lag.toSeconds()));
        model.addAttribute("presets", Period.Preset.values());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "dashboard/dashboard";
    }

    /** A dashboard table for the period, as the page shows it: CSV or Excel ({@code format=xlsx}). */
    @GetMapping("/dashboard/export/{table}")
    void export(
            @PathVariable String table,
            @RequestParam(required = false) Period.Preset period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        // only the section the table belongs to is computed (and refused where the user does not see it)
        Period p = Period.of(period, from, to, dashboard.today());
        CsvExport.Format fmt = CsvExport.Format.of(format);
        ReplicaReads.stream(() -> exportTable(table, p, fmt, response));
    }

    private void exportTable(String table, Period p, CsvExport.Format fmt, HttpServletResponse response)
            throws IOException {
        switch (table) {
            case "revenue-by-month" ->
                entries(response, fmt, table, "month", revenue(p).byMonth());
            case "revenue-by-tier" ->
                entries(response, fmt, table, "tier", revenue(p).byTier());
            case "top-customers" ->
                entries(response, fmt, table, "customer", revenue(p).topCustomers());
            case "top-products" ->
                entries(response, fmt, table, "product", revenue(p).topProducts());
            case "pipeline-by-stage" ->
                write(
                        response,
                        fmt,
                        table,
                        List.of("stage", "count", "amount", "weighted"),
                        pipeline(p).byStage(),
                        s -> CsvExport.row(s.stage(), s.count(), s.amount(), s.weighted()));
            case "win-rate-by-rep" ->
                write(
                        response,
                        fmt,
                        table,
                        List.of("rep", "won", "closed", "win_rate_pct"),
                        pipeline(p).byRep(),
                        r -> CsvExport.row(r.name(), r.won(), r.closed(), r.winRatePct()));
            case "cycle-by-week" ->
                write(
                        response,
                        fmt,
                        table,
                        List.of("week", "delivered", "median_cycle_days", "on_time_pct"),
                        ((DashboardFigures.Orders) dashboard.section("orders", p)).byWeek(),
                        w -> CsvExport.row(w.weekStart(), w.delivered(), w.medianCycleDays(), w.onTimePct()));
            case "aging" -> aging(response, fmt, table, List.of(receivables(p).total()));
            case "top-overdue" -> aging(response, fmt, table, receivables(p).topOverdue());
            case "complaint-products" ->
                entries(response, fmt, table, "product", service(p).complaintProducts());
            case "root-causes" ->
                entries(response, fmt, table, "root_cause", service(p).rootCauses());
            default -> throw new com.yiti.shared.RecordNotFoundException("Dashboard table", table);
        }
    }

    private DashboardFigures.Revenue revenue(Period p) {
        return (DashboardFigures.Revenue) dashboard.section("revenue", p);
    }

    private DashboardFigures.Pipeline pipeline(Period p) {
        return (DashboardFigures.Pipeline) dashboard.section("pipeline", p);
    }

    private DashboardFigures.Receivables receivables(Period p) {
        return (DashboardFigures.Receivables) dashboard.section("receivables", p);
    }

    private DashboardFigures.Service service(Period p) {
        return (DashboardFigures.Service) dashboard.section("service", p);
    }

    private static void entries(
            HttpServletResponse response,
            CsvExport.Format fmt,
            String name,
            String key,
            List<DashboardFigures.Entry> rows)
            throws IOException {
        write(response, fmt, name, List.of(key, "id", "value"), rows, e -> CsvExport.row(e.key(), e.id(), e.value()));
    }

    private static void aging(HttpServletResponse response, CsvExport.Format fmt, String name, List<AgingRow> rows)
            throws IOException {
        write(
                response,
                fmt,
                name,
                List.of("customer", "current", "days_1_30", "days_31_60", "days_61_90", "over_90", "total"),
                rows,
                r -> CsvExport.row(
                        r.customerName() == null ? "total" : r.customerName(),
                        r.current(),
                        r.days1to30(),
                        r.days31to60(),
                        r.days61to90(),
                        r.over90(),
                        r.total()));
    }

    private static <T> void write(
            HttpServletResponse response,
            CsvExport.Format fmt,
            String name,
            List<String> header,
            List<T> rows,
            Function<T, List<?>> row)
            throws IOException {
        CsvExport.write(
                response,
                fmt,
                "dashboard-" + name,
                header,
                org.springframework.data.domain.Sort.unsorted(),
                CsvExport.pagesOf(rows),
                row);
    }
}
