package com.yiti.production.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.production.OperationView;
import com.yiti.production.ProductionManagement;
import com.yiti.production.ProductionOrderStatus;
import com.yiti.production.ProductionOrderView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The production planner's screens: the open plan by product, production orders, reorder suggestions. */
@Controller
@RequestMapping("/production")
class ProductionController {

    private final ProductionManagement production;
    private final InventoryManagement inventory;
    private final com.yiti.inventory.StockTransfers transfers;

    private final com.yiti.production.WorkOrders workOrders;
    private final com.yiti.production.WorkCentreManagement workCentres;
    private final com.yiti.production.ShopFloor shopFloor;

    ProductionController(
            ProductionManagement production,
            InventoryManagement inventory,
            com.yiti.inventory.StockTransfers transfers,
            com.yiti.production.WorkOrders workOrders,
            com.yiti.production.WorkCentreManagement workCentres,
            com.yiti.production.ShopFloor shopFloor) {
        this.shopFloor = shopFloor;
        this.workOrders = workOrders;
        this.workCentres = workCentres;
        this.production = production;
        this.inventory = inventory;
        this.transfers = transfers;
    }

    @GetMapping
    String plan(Model model) {
        var groups = production.openPlan();
        model.addAttribute("groups", groups);
        // a transfer from a warehouse with free stock comes before making more
        model.addAttribute(
                "freeStock",
                transfers.freeStock(groups.stream()
                        .map(com.yiti.production.PlanGroup::productId)
                        .collect(java.util.stream.Collectors.toSet())));
        return "production/plan";
    }

    /** A production order for the lines ticked in one product's group. */
    @PostMapping("/orders")
    String createOrder(
            @RequestParam(name = "planLineIds", required = false) List<Long> planLineIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            RedirectAttributes redirect) {
        ProductionOrderView created = Flash.submit(redirect, "production.orderCreated", () -> {
            if (planLineIds == null || planLineIds.isEmpty()) {
                throw new BusinessRuleException("planLineIds", "production.selectLines");
            }
            return production.createOrder(planLineIds, dueDate);
        });
        return created == null ? "redirect:/production" : "redirect:/production/orders/" + created.id();
    }

    @GetMapping("/orders")
    String orders(
            @RequestParam(required = false) ProductionOrderStatus status,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProductionOrderStatus.values());
        model.addAttribute(
                "orders",
                production.orders(status, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "production/orders", "results");
    }

    @GetMapping("/orders/{id}")
    String order(
            @PathVariable long id,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate reschedule,
            Model model) {
        // "Preview" of a new due date: the customers' orders it moves, before saving
        model.addAttribute("reschedule", reschedule);
        model.addAttribute("order", production.order(id));
        model.addAttribute("lines", production.linesOf(id));
        model.addAttribute("materials", workOrders.materials(id));
        model.addAttribute("operations", shopFloor.operations(id));
        return "production/order";
    }

    /** Components issued by hand to a started order (领料). */
    @PostMapping("/orders/{id}/issue")
    String issue(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam long componentId,
            @RequestParam(required = false) BigDecimal quantity,
            RedirectAttributes redirect) {
        Flash.run(redirect, "workOrder.issuedDone", () -> workOrders.issue(id, version, componentId, quantity));
        return "redirect:/production/orders/" + id;
    }

    @PostMapping("/orders/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "production.started", () -> production.start(id, version));
        return "redirect:/production/orders/" + id;
    }

    @PostMapping("/orders/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) BigDecimal producedQuantity,
            RedirectAttributes redirect) {
        Flash.run(redirect, "production.completed", () -> production.complete(id, version, producedQuantity));
        return "redirect:/production/orders/" + id;
    }

    @PostMapping("/orders/{id}/receive")
    String receivePart(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) java.math.BigDecimal partQuantity,
            RedirectAttributes redirect) {
        Flash.run(redirect, "production.partReceived", () -> production.receivePart(id, version, partQuantity));
        return "redirect:/production/orders/" + id;
    }

    /** The shop floor (a tablet by the line): operations of started work orders, started and reported here. */
    @GetMapping("/shop-floor")
    String shopFloor(
            @RequestParam(required = false) Long wc, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("wc", wc);
        model.addAttribute("centres", workCentres.active());
        model.addAttribute(
                "operations",
                shopFloor.open(
                        wc, org.springframework.data.domain.PageRequest.of(page == null ? 0 : Math.max(0, page), 25)));
        return "production/shop-floor";
    }

    @PostMapping("/operations/{id}/start")
    String startOperation(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false, defaultValue = "false") boolean floor,
            RedirectAttributes redirect) {
        OperationView op = Flash.submit(redirect, "operation.started", () -> shopFloor.startOperation(id, version));
        return back(floor, op, id);
    }

    @PostMapping("/operations/{id}/report")
    String reportOperation(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) java.math.BigDecimal hours,
            @RequestParam(required = false) java.math.BigDecimal goodQuantity,
            @RequestParam(required = false) java.math.BigDecimal scrappedQuantity,
            @RequestParam(required = false) com.yiti.production.ScrapReason scrapReason,
            @RequestParam(required = false, defaultValue = "false") boolean done,
            @RequestParam(required = false, defaultValue = "false") boolean floor,
            RedirectAttributes redirect) {
        OperationView op = Flash.submit(
                redirect,
                "operation.reported",
                () -> shopFloor.reportOperation(id, version, hours, goodQuantity, scrappedQuantity, scrapReason, done));
        return back(floor, op, id);
    }

    private String back(boolean floor, OperationView op, long operationId) {
        if (floor) {
            return "redirect:/production/shop-floor";
        }
        long order = op != null ? op.productionOrderId() : shopFloor.orderOfOperation(operationId);
        return "redirect:/production/orders/" + order;
    }

    @PostMapping("/orders/{id}/reschedule")
    String reschedule(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate dueDate,
            RedirectAttributes redirect) {
        Flash.run(redirect, "production.rescheduled", () -> production.reschedule(id, version, dueDate));
        return "redirect:/production/orders/" + id;
    }

    @PostMapping("/orders/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "production.cancelled", () -> production.cancel(id, version));
        return "redirect:/production/orders/" + id;
    }

    @GetMapping("/suggestions")
    String suggestions(@RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
        model.addAttribute("canWrite", request.isUserInRole("PRODUCTION") || request.isUserInRole("ADMIN"));
        var suggestions = inventory.belowReorderPoint(
                ProductType.MADE, Paging.of(page, 20, null, Set.of(), Sort.by("productId", "warehouseId")));
        model.addAttribute("suggestions", suggestions);
        model.addAttribute(
                "products",
                inventory.productsById(suggestions.getContent().stream()
                        .map(com.yiti.inventory.StockBalanceView::productId)
                        .toList()));
        return "production/suggestions";
    }

    @PostMapping("/suggestions")
    String planReorder(
            @RequestParam long productId,
            @RequestParam long warehouseId,
            @RequestParam(required = false) BigDecimal quantity,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "production.reorderPlanned",
                () -> production.planReorder(productId, warehouseId, quantity, null));
        return "redirect:/production/suggestions";
    }
}
