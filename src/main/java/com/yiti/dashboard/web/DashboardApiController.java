package com.yiti.dashboard.web;

import com.yiti.dashboard.DashboardManagement;
import com.yiti.dashboard.Period;
import com.yiti.shared.ReplicaReads;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's figures as JSON for other tools, in the same scope as the page: {@code manager} (everything the
 * user sees) or one section: {@code revenue}, {@code pipeline}, {@code orders}, {@code inventory},
 * {@code receivables}, {@code service}.
 */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Dashboards", description = "KPIs of a period with the previous period for comparison")
class DashboardApiController {

    private final DashboardManagement dashboard;

    DashboardApiController(DashboardManagement dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/{name}")
    Object figures(
            @PathVariable String name,
            @RequestParam(required = false) Period.Preset period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period p = Period.of(period, from, to, dashboard.today());
        // served by the read replica when one is configured
        return ReplicaReads.call(() -> name.equals("manager") ? dashboard.figures(p) : dashboard.section(name, p));
    }
}
