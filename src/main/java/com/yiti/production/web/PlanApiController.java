package com.yiti.production.web;

import com.yiti.production.PlanGroup;
import com.yiti.production.ProductionManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The production plan as JSON: the plan line ids a production order is made for. */
@RestController
@Tag(name = "Production", description = "Production orders made for plan lines")
class PlanApiController {

    private final ProductionManagement production;

    PlanApiController(ProductionManagement production) {
        this.production = production;
    }

    @GetMapping("/api/v1/plan-lines")
    @Operation(
            summary = "Open plan lines grouped by product and warehouse, most urgent first (ids for production orders)")
    List<PlanGroup> openPlan() {
        return production.openPlan();
    }
}
