package com.yiti.order.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.PickOrder;
import com.yiti.order.ShipmentData;
import com.yiti.order.ShipmentStatus;
import com.yiti.order.ShipmentView;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The warehouse's screens: the pick list, shipping an order (fully or partly), shipments and their delivery. */
@Controller
class FulfilmentController {

    private final FulfilmentManagement fulfilment;
    private final InventoryManagement inventory;

    FulfilmentController(FulfilmentManagement fulfilment, InventoryManagement inventory) {
        this.fulfilment = fulfilment;
        this.inventory = inventory;
    }

    @GetMapping("/fulfilment")
    String pickList(
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("q", q);
        model.addAttribute("warehouses", inventory.warehouses());
        model.addAttribute(
                "picks", fulfilment.pickList(warehouseId, q, Paging.of(page, 20, null, Set.of(), Sort.unsorted())));
        return Htmx.view(request, "order/pick-list", "results");
    }

    @GetMapping("/fulfilment/orders/{id}/ship")
    String shipForm(@PathVariable long id, Model model) {
        PickOrder pick = fulfilment.pickOrder(id);
        ShipForm form = new ShipForm();
        pick.lines().forEach(l -> form.getQuantities().put(l.orderLineId(), com.yiti.shared.Text.plain(l.reserved())));
        model.addAttribute("form", form);
        model.addAttribute("pick", pick);
        return "order/ship";
    }

    @PostMapping("/fulfilment/orders/{id}/ship")
    String ship(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ShipForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, BigDecimal> quantities = new HashMap<>();
        form.getQuantities().forEach((line, q) -> {
            if (q != null) {
                quantities.put(line, q);
            }
        });
        Optional<ShipmentView> shipped = FormSubmission.submit(
                result,
                () -> fulfilment.ship(id, new ShipmentData(quantities, form.getCarrier(), form.getTrackingNumber())));
        if (shipped.isPresent()) {
            redirect.addFlashAttribute("message", "shipment.dispatchedMessage");
            return "redirect:/shipments/" + shipped.get().id();
        }
        model.addAttribute("pick", fulfilment.pickOrder(id));
        return "order/ship";
    }

    @GetMapping("/shipments")
    String shipments(
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) ShipmentStatus status,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ShipmentStatus.values());
        model.addAttribute("warehouses", inventory.warehouses());
        model.addAttribute(
                "shipments",
                fulfilment.shipments(
                        warehouseId, status, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "order/shipments", "results");
    }

    @GetMapping("/shipments/{id}")
    String shipment(@PathVariable long id, Model model) {
        model.addAttribute("shipment", fulfilment.shipment(id));
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        return "order/shipment";
    }

    @PostMapping("/shipments/{id}/delivered")
    String delivered(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
            RedirectAttributes redirect) {
        Flash.run(redirect, "shipment.deliveredSaved", () -> fulfilment.markDelivered(id, version, deliveredOn));
        return "redirect:/shipments/" + id;
    }
}
