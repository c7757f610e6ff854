package com.yiti.inventory.web;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.NewTransfer;
import com.yiti.inventory.ProductCategoryManagement;
import com.yiti.inventory.StockTransfers;
import com.yiti.inventory.StocktakeManagement;
import com.yiti.inventory.StocktakeStatus;
import com.yiti.inventory.StocktakeView;
import com.yiti.inventory.TransferStatus;
import com.yiti.inventory.TransferView;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
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
 * The warehouse's documents that move stock without a customer or supplier: transfers between warehouses and
 * stocktakes (count sheets, blind counting on a phone, ADMIN's review and posting).
 */
@Controller
@RequestMapping("/stock")
class WarehouseMovesController {

    private final StockTransfers transfers;
    private final StocktakeManagement stocktakes;
    private final InventoryManagement inventory;
    private final ProductCategoryManagement categories;
    private final com.yiti.inventory.BinManagement bins;

    WarehouseMovesController(
            StockTransfers transfers,
            StocktakeManagement stocktakes,
            InventoryManagement inventory,
            ProductCategoryManagement categories,
            com.yiti.inventory.BinManagement bins) {
        this.bins = bins;
        this.transfers = transfers;
        this.stocktakes = stocktakes;
        this.inventory = inventory;
        this.categories = categories;
    }

    // ---- transfers -------------------------------------------------------------------------------------------------

    @GetMapping("/transfers")
    String transfers(
            @RequestParam(required = false) TransferStatus status,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", TransferStatus.values());
        model.addAttribute(
                "transfers",
                transfers.transfers(status, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "inventory/transfers", "results");
    }

    @GetMapping("/transfers/new")
    String newTransfer(
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) String sku,
            @RequestParam(required = false) BigDecimal quantity,
            Model model) {
        TransferForm form = new TransferForm();
        form.setFromWarehouseId(from);
        form.setToWarehouseId(to);
        if (sku != null) {
            TransferForm.Line line = new TransferForm.Line();
            line.setSku(sku);
            line.setQuantity(quantity);
            form.getLines().add(line);
        }
        form.pad();
        model.addAttribute("form", form);
        return transferForm(model);
    }

    @PostMapping("/transfers/new")
    String requestTransfer(
            @Valid @ModelAttribute("form") TransferForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Optional<TransferView> requested = FormSubmission.submit(
                result,
                () -> transfers.request(new NewTransfer(
                        form.getFromWarehouseId(),
                        form.getToWarehouseId(),
                        form.getNote(),
                        form.getLines().stream()
                                .map(l -> new NewTransfer.Line(null, l.getSku(), l.getQuantity()))
                                .toList())));
        if (requested.isPresent()) {
            redirect.addFlashAttribute("message", "transfer.requestedMessage");
            return "redirect:/stock/transfers/" + requested.get().id();
        }
        form.pad();
        return transferForm(model);
    }

    private String transferForm(Model model) {
        model.addAttribute("warehouses", inventory.warehouses());
        return "inventory/transfer-form";
    }

    @GetMapping("/transfers/{id}")
    String transfer(@PathVariable long id, Model model) {
        model.addAttribute("transfer", transfers.transfer(id));
        return "inventory/transfer";
    }

    @PostMapping("/transfers/{id}/ship")
    String ship(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "transfer.shippedMessage", () -> transfers.ship(id));
        return "redirect:/stock/transfers/" + id;
    }

    @PostMapping("/transfers/{id}/receive")
    String receive(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "transfer.received",
                () -> transfers.receive(
                        id, com.yiti.shared.web.IndexedAmounts.parse("quantities", params, "stock.quantityInvalid")));
        return "redirect:/stock/transfers/" + id;
    }

    @PostMapping("/transfers/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "transfer.cancelled", () -> transfers.cancel(id));
        return "redirect:/stock/transfers/" + id;
    }

    // ---- stocktakes ------------------------------------------------------------------------------------------------

    @GetMapping("/stocktakes")
    String stocktakes(
            @RequestParam(required = false) StocktakeStatus status,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", StocktakeStatus.values());
        model.addAttribute("warehouses", inventory.locations());
        model.addAttribute("categories", categories.active());
        model.addAttribute(
                "bins",
                inventory.locations().stream()
                        .flatMap(w -> bins.bins(w.id()).stream()
                                .filter(com.yiti.inventory.BinView::active)
                                .map(b -> java.util.Map.entry(b.id(), w.code() + " · " + b.code())))
                        .toList());
        model.addAttribute(
                "stocktakes",
                stocktakes.stocktakes(status, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "inventory/stocktakes", "results");
    }

    @PostMapping("/stocktakes")
    String start(
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) Long binId,
            RedirectAttributes redirect) {
        StocktakeView s =
                Flash.submit(redirect, "stocktake.started", () -> stocktakes.start(warehouseId, categoryId, binId));
        return s == null ? "redirect:/stock/stocktakes" : "redirect:/stock/stocktakes/" + s.id() + "/count";
    }

    /** The count sheet: blind (no book quantities), big fields for a phone, printable. */
    @GetMapping("/stocktakes/{id}/count")
    String countSheet(@PathVariable long id, @RequestParam(defaultValue = "false") boolean print, Model model) {
        model.addAttribute("stocktake", stocktakes.stocktake(id));
        model.addAttribute("print", print);
        return "inventory/stocktake-count";
    }

    @PostMapping("/stocktakes/{id}/count")
    String count(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "stocktake.countSaved",
                () -> stocktakes.count(
                        id, com.yiti.shared.web.IndexedAmounts.parse("counted", params, "stock.quantityInvalid")));
        return "redirect:/stock/stocktakes/" + id + "/count";
    }

    /** The review: book, counted and difference per line, for ADMIN to post (MANAGER and FINANCE read it). */
    @GetMapping("/stocktakes/{id}")
    String review(@PathVariable long id, Model model) {
        StocktakeView s = stocktakes.stocktake(id);
        if (s.lines().stream().anyMatch(l -> l.bookQuantity() == null)) {
            // a counter counts blind: the sheet, never the book
            return "redirect:/stock/stocktakes/" + id + "/count";
        }
        model.addAttribute("stocktake", s);
        return "inventory/stocktake";
    }

    @PostMapping("/stocktakes/{id}/post")
    String post(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "stocktake.posted", () -> stocktakes.post(id));
        return "redirect:/stock/stocktakes/" + id;
    }

    @PostMapping("/stocktakes/{id}/cancel")
    String cancelStocktake(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "stocktake.cancelled", () -> stocktakes.cancel(id));
        return "redirect:/stock/stocktakes/" + id;
    }
}
