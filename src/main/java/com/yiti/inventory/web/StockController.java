package com.yiti.inventory.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.ProductFilter;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stock balances per product and warehouse, the read-only move ledger, and count adjustments. */
@Controller
@RequestMapping("/stock")
class StockController {

    private final InventoryManagement inventory;
    private final com.yiti.inventory.StockMoveLog moveLog;

    StockController(InventoryManagement inventory, com.yiti.inventory.StockMoveLog moveLog) {
        this.inventory = inventory;
        this.moveLog = moveLog;
    }

    @GetMapping
    String balances(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(defaultValue = "false") boolean low,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("low", low);
        model.addAttribute("warehouses", inventory.locations());
        model.addAttribute(
                "balances",
                inventory.balances(
                        q, warehouseId, low, Paging.of(page, 20, null, Set.of(), Sort.by("productId", "warehouseId"))));
        return Htmx.view(request, "inventory/stock", "results");
    }

    /** Stock balances as filtered, as CSV or Excel (streamed page by page). */
    @GetMapping({"/export.csv", "/export.xlsx"})
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(defaultValue = "false") boolean low,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        com.yiti.shared.CsvExport.write(
                response,
                com.yiti.shared.CsvExport.Format.ofPath(request.getRequestURI()),
                "stock",
                java.util.List.of(
                        "sku",
                        "name_zh",
                        "name_en",
                        "unit",
                        "warehouse",
                        "on_hand",
                        "reserved",
                        "available",
                        "reorder_point"),
                Sort.by("productId", "warehouseId"),
                pageable -> inventory.balances(q, warehouseId, low, pageable),
                b -> com.yiti.shared.CsvExport.row(
                        b.sku(),
                        b.nameZh(),
                        b.nameEn(),
                        b.unit(),
                        b.warehouseCode(),
                        b.onHand(),
                        b.reserved(),
                        b.available(),
                        b.reorderPoint()));
    }

    @GetMapping("/moves")
    String moves(
            @RequestParam(required = false) Long productId,
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) MoveReason reason,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("productId", productId);
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", MoveReason.values());
        model.addAttribute("showCosts", inventory.canSeeCosts());
        model.addAttribute("warehouses", inventory.locations());
        model.addAttribute(
                "moves",
                moveLog.moves(
                        productId,
                        warehouseId,
                        reason,
                        Paging.of(page, 50, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return "inventory/moves";
    }

    @GetMapping("/adjust")
    String adjustForm(
            @RequestParam(required = false) Long productId,
            @RequestParam(required = false) Long warehouseId,
            Model model) {
        AdjustmentForm form = new AdjustmentForm();
        form.setProductId(productId);
        form.setWarehouseId(warehouseId);
        if (productId != null && warehouseId != null) {
            form.setCounted(inventory.balance(productId, warehouseId).onHand());
        }
        model.addAttribute("form", form);
        return adjust(model);
    }

    @PostMapping("/adjust")
    String adjust(
            @Valid @ModelAttribute("form") AdjustmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result,
                () -> inventory.adjust(
                        form.getProductId(), form.getWarehouseId(), form.getCounted(), form.getNote()))) {
            redirect.addFlashAttribute("message", "stock.adjusted");
            return "redirect:/stock/moves?productId=" + form.getProductId();
        }
        return adjust(model);
    }

    private String adjust(Model model) {
        model.addAttribute("warehouses", inventory.locations());
        model.addAttribute(
                "products",
                inventory
                        .products(new ProductFilter(null, null, true), PageRequest.of(0, 1000, Sort.by("sku")))
                        .getContent()
                        .stream()
                        .filter(p -> p.type() != com.yiti.inventory.ProductType.SERVICE)
                        .toList());
        return "inventory/adjust";
    }
}
