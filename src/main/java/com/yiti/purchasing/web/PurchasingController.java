package com.yiti.purchasing.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.StockBalanceView;
import com.yiti.purchasing.PurchaseOrderStatus;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.ReceiptView;
import com.yiti.purchasing.RequisitionStatus;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's screens (open requisitions, purchase orders, reorder suggestions) and the warehouse's goods receipt
 * against a purchase order.
 */
@Controller
@RequestMapping("/purchasing")
class PurchasingController {

    private static final List<PurchaseOrderStatus> RECEIVABLE =
            List.of(PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED);

    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.SupplierManagement supplierManagement;
    private final InventoryManagement inventory;
    private final com.yiti.inventory.StockTransfers transfers;
    private final com.yiti.purchasing.SupplierReturns returns;
    private final com.yiti.purchasing.PurchaseOrderApprovals approvals;

    PurchasingController(
            PurchasingManagement purchasing,
            com.yiti.purchasing.SupplierManagement supplierManagement,
            InventoryManagement inventory,
            com.yiti.inventory.StockTransfers transfers,
            com.yiti.purchasing.SupplierReturns returns,
            com.yiti.purchasing.PurchaseOrderApprovals approvals) {
        this.approvals = approvals;
        this.returns = returns;
        this.transfers = transfers;
        this.purchasing = purchasing;
        this.supplierManagement = supplierManagement;
        this.inventory = inventory;
    }

    @GetMapping
    String requisitions(
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        var requisitions = purchasing.requisitions(
                RequisitionStatus.OPEN, q, Paging.of(page, 50, null, Set.of(), Sort.by("needBy", "productId", "id")));
        model.addAttribute("requisitions", requisitions);
        model.addAttribute("suppliers", supplierManagement.activeSuppliers());
        model.addAttribute("warehouses", inventory.warehouses());
        // a transfer from a warehouse with free stock comes before buying more
        model.addAttribute(
                "freeStock",
                transfers.freeStock(requisitions.getContent().stream()
                        .map(com.yiti.purchasing.RequisitionLineView::productId)
                        .collect(java.util.stream.Collectors.toSet())));
        return "purchasing/requisitions";
    }

    /** A draft purchase order to a supplier for the ticked requisition lines. */
    @PostMapping("/orders")
    String createOrder(
            @RequestParam(required = false) Long supplierId,
            @RequestParam(name = "requisitionIds", required = false) List<Long> requisitionIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedDate,
            RedirectAttributes redirect) {
        PurchaseOrderView created = Flash.submit(redirect, "purchasing.orderCreated", () -> {
            if (supplierId == null) {
                throw new BusinessRuleException("supplierId", "purchasing.chooseSupplier");
            }
            if (requisitionIds == null || requisitionIds.isEmpty()) {
                throw new BusinessRuleException("requisitionIds", "purchasing.selectLines");
            }
            return purchasing.createPurchaseOrder(supplierId, requisitionIds, expectedDate);
        });
        return created == null ? "redirect:/purchasing" : "redirect:/purchasing/orders/" + created.id();
    }

    @GetMapping("/orders")
    String orders(
            @RequestParam(required = false) PurchaseOrderStatus status,
            @RequestParam(defaultValue = "false") boolean receivable,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("status", status);
        model.addAttribute("receivable", receivable);
        model.addAttribute("statuses", PurchaseOrderStatus.values());
        model.addAttribute(
                "orders",
                purchasing.purchaseOrders(
                        receivable ? RECEIVABLE : status == null ? List.of() : List.of(status),
                        Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "purchasing/orders", "results");
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable long id, Model model) {
        return order(model, purchasing.purchaseOrder(id), new ReceiveForm(), new ReturnForm());
    }

    @PostMapping("/orders/{id}/lines/{lineId}")
    String updateLine(
            @PathVariable long id,
            @PathVariable long lineId,
            @RequestParam long version,
            @RequestParam(required = false) BigDecimal quantity,
            @RequestParam(required = false) BigDecimal unitPrice,
            RedirectAttributes redirect) {
        Flash.run(
                redirect, "document.lineSaved", () -> purchasing.updateLine(id, version, lineId, quantity, unitPrice));
        return "redirect:/purchasing/orders/" + id;
    }

    @PostMapping("/orders/{id}/submit")
    String submitForApproval(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "approval.submitted", () -> approvals.submit(id, version));
        return "redirect:/purchasing/orders/" + id;
    }

    @PostMapping("/orders/{id}/send")
    String send(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "purchasing.sent", () -> purchasing.send(id, version));
        return "redirect:/purchasing/orders/" + id;
    }

    @PostMapping("/orders/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "purchasing.cancelled", () -> purchasing.cancel(id, version));
        return "redirect:/purchasing/orders/" + id;
    }

    @PostMapping("/orders/{id}/receive")
    String receive(
            @PathVariable long id,
            @Valid @ModelAttribute("receiveForm") ReceiveForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, BigDecimal> quantities = new HashMap<>();
        form.getQuantities().forEach((line, q) -> {
            if (q != null) {
                quantities.put(line, q);
            }
        });
        var lines = purchasing.purchaseOrder(id).lines();
        var received = FormSubmission.submit(
                result, () -> purchasing.receive(id, quantities, form.lotsFor(lines), form.getNote()));
        if (received.isPresent()) {
            redirect.addFlashAttribute("message", "purchasing.received");
            return "redirect:/purchasing/orders/" + id;
        }
        return order(model, purchasing.purchaseOrder(id), form, new ReturnForm());
    }

    /** Goods go back to the supplier; a bad quantity comes back at its field with everything typed kept. */
    @PostMapping("/orders/{id}/return")
    String returnGoods(
            @PathVariable long id,
            @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, BigDecimal> quantities = new HashMap<>();
        form.getQuantities().forEach((line, q) -> {
            if (q != null) {
                quantities.put(line, q);
            }
        });
        var sent = FormSubmission.submit(
                result,
                () -> returns.returnGoods(new com.yiti.purchasing.NewSupplierReturn(
                        id, form.getReason(), form.isFromQuarantine(), form.getNote(), quantities)));
        if (sent.isPresent()) {
            redirect.addFlashAttribute("message", "purchasing.returned");
            return "redirect:/purchasing/orders/" + id;
        }
        model.addAttribute("returnOpen", true);
        return order(model, purchasing.purchaseOrder(id), new ReceiveForm(), form);
    }

    @GetMapping("/suggestions")
    String suggestions(@RequestParam(required = false) Integer page, Model model, HttpServletRequest request) {
        var suggestions = inventory.belowReorderPoint(
                ProductType.BOUGHT, Paging.of(page, 20, null, Set.of(), Sort.by("productId", "warehouseId")));
        model.addAttribute("suggestions", suggestions);
        model.addAttribute(
                "products",
                inventory.productsById(suggestions.getContent().stream()
                        .map(StockBalanceView::productId)
                        .toList()));
        model.addAttribute("canWrite", request.isUserInRole("PURCHASING") || request.isUserInRole("ADMIN"));
        return "purchasing/suggestions";
    }

    @PostMapping("/suggestions")
    String requisitionReorder(
            @RequestParam long productId,
            @RequestParam long warehouseId,
            @RequestParam(required = false) BigDecimal quantity,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "purchasing.reorderRequisitioned",
                () -> purchasing.requisitionReorder(productId, warehouseId, quantity));
        return "redirect:/purchasing/suggestions";
    }

    private String order(Model model, PurchaseOrderView po, ReceiveForm form, ReturnForm returnForm) {
        if (form.getQuantities().isEmpty()) {
            po.lines().forEach(l -> form.getQuantities().put(l.id(), com.yiti.shared.Text.plain(l.openQuantity())));
        }
        List<ReceiptView> receipts = purchasing.receiptsOf(po.id());
        model.addAttribute("order", po);
        model.addAttribute("receipts", receipts);
        model.addAttribute("receiveForm", form);
        model.addAttribute("returnForm", returnForm);
        model.addAttribute("returnReasons", com.yiti.purchasing.SupplierReturnReason.values());
        model.addAttribute("approvals", approvals.history(po.id()));
        model.addAttribute(
                "approvalRequired",
                po.status() == com.yiti.purchasing.PurchaseOrderStatus.DRAFT && approvals.required(po.id()));
        model.addAttribute(
                "returnable",
                po.lines().stream().anyMatch(l -> l.receivedQuantity().signum() > 0));
        return "purchasing/order";
    }
}
