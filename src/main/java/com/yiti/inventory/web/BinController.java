package com.yiti.inventory.web;

import com.yiti.inventory.BinManagement;
import com.yiti.inventory.BinView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.shared.web.Flash;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bins of a warehouse: set them up, give products their home bin (WAREHOUSE, ADMIN; MANAGER reads). */
@Controller
@RequestMapping("/stock/bins")
class BinController {

    private final BinManagement bins;
    private final InventoryManagement inventory;

    BinController(BinManagement bins, InventoryManagement inventory) {
        this.bins = bins;
        this.inventory = inventory;
    }

    @GetMapping
    String bins(@RequestParam(required = false) Long warehouseId, Model model) {
        var warehouses = inventory.warehouses();
        long shown = warehouseId != null ? warehouseId : warehouses.get(0).id();
        List<BinView> list = bins.bins(shown);
        List<Map.Entry<Long, String>> assigned = bins.assignments(shown);
        Map<Long, ProductView> products =
                inventory.productsById(assigned.stream().map(Map.Entry::getKey).collect(Collectors.toSet()));
        model.addAttribute("warehouses", warehouses);
        model.addAttribute("warehouseId", shown);
        model.addAttribute("bins", list);
        model.addAttribute("assigned", assigned);
        model.addAttribute("products", products);
        return "inventory/bins";
    }

    @PostMapping
    String create(
            @RequestParam long warehouseId,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        Flash.run(redirect, "bin.created", () -> bins.create(warehouseId, code, name));
        return "redirect:/stock/bins?warehouseId=" + warehouseId;
    }

    @PostMapping("/assign")
    String assign(
            @RequestParam long warehouseId,
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) Long binId,
            RedirectAttributes redirect) {
        Flash.run(redirect, "bin.assigned", () -> {
            if (binId == null) {
                throw new com.yiti.shared.BusinessRuleException("binId", "field.required");
            }
            bins.assign(sku, binId);
        });
        return "redirect:/stock/bins?warehouseId=" + warehouseId;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long warehouseId, RedirectAttributes redirect) {
        Flash.run(redirect, "bin.deactivated", () -> bins.deactivate(id));
        return "redirect:/stock/bins?warehouseId=" + warehouseId;
    }
}
