package com.yiti.production.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.production.CapacityPlanning;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plant's load (decision 043): four weeks of every work centre's load against its hours (an overloaded day red,
 * linking to the production orders on it), one work centre's days as a chart, and the open production orders as a
 * Gantt. A production order is moved from its own page, with the customers' orders it moves shown first.
 */
@Controller
class CapacityController {

    static final int DAYS = 28;

    private final CapacityPlanning capacity;
    private final InventoryManagement inventory;
    private final Clock clock;

    CapacityController(CapacityPlanning capacity, InventoryManagement inventory, Clock clock) {
        this.capacity = capacity;
        this.inventory = inventory;
        this.clock = clock;
    }

    @GetMapping("/production/capacity")
    String capacity(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Long wc,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        LocalDate start = (from != null ? from : LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<CapacityPlanning.CentreLoad> centres = capacity.load(start, DAYS);
        List<CapacityPlanning.Job> jobs = capacity.jobs(start, DAYS);
        CapacityPlanning.CentreLoad chosen = centres.stream()
                .filter(c -> wc != null && c.workCentreId() == wc)
                .findFirst()
                .orElse(centres.stream()
                        .filter(CapacityPlanning.CentreLoad::overloaded)
                        .findFirst()
                        .orElse(centres.isEmpty() ? null : centres.get(0)));
        Map<Long, ProductView> products = inventory.productsById(
                jobs.stream().map(CapacityPlanning.Job::productId).collect(Collectors.toSet()));
        model.addAttribute("from", start);
        model.addAttribute("previous", start.minusWeeks(4));
        model.addAttribute("next", start.plusWeeks(4));
        model.addAttribute("dates", start.datesUntil(start.plusDays(DAYS)).toList());
        model.addAttribute("centres", centres);
        model.addAttribute("chosen", chosen);
        model.addAttribute("jobs", jobs);
        model.addAttribute("products", products);
        if (chosen != null && day != null) {
            chosen.days().stream()
                    .filter(d -> d.date().equals(day))
                    .findFirst()
                    .ifPresent(d -> model.addAttribute("dayDetail", d));
            Map<String, Long> ids = jobs.stream()
                    .collect(Collectors.toMap(CapacityPlanning.Job::number, CapacityPlanning.Job::id, (a, b) -> a));
            model.addAttribute("jobIds", ids);
        }
        return "production/capacity";
    }
}
