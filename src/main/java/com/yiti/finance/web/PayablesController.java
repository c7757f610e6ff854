package com.yiti.finance.web;

import com.yiti.finance.NewSupplierInvoice;
import com.yiti.finance.NewSupplierPayment;
import com.yiti.finance.PayablesViews;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.SupplierDebitNoteStatus;
import com.yiti.finance.SupplierDebitNoting;
import com.yiti.finance.SupplierInvoiceStatus;
import com.yiti.finance.SupplierInvoiceView;
import com.yiti.finance.SupplierInvoicing;
import com.yiti.finance.SupplierPaymentManagement;
import com.yiti.finance.SupplierPaymentView;
import com.yiti.purchasing.SupplierManagement;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payables screens: supplier invoices with their three-way match (FINANCE enters, PURCHASING accepts differences),
 * supplier payments, the payables aging with what falls due this week, a supplier's statement, the tolerances (ADMIN).
 */
@Controller
@RequestMapping("/finance")
class PayablesController {

    private final SupplierInvoicing invoicing;
    private final SupplierPaymentManagement paying;
    private final PayablesViews views;
    private final SupplierManagement suppliers;
    private final com.yiti.setup.TaxRateManagement taxRates;
    private final SupplierDebitNoting debitNotes;

    PayablesController(
            SupplierInvoicing invoicing,
            SupplierPaymentManagement paying,
            PayablesViews views,
            SupplierManagement suppliers,
            com.yiti.setup.TaxRateManagement taxRates,
            SupplierDebitNoting debitNotes) {
        this.debitNotes = debitNotes;
        this.invoicing = invoicing;
        this.paying = paying;
        this.views = views;
        this.suppliers = suppliers;
        this.taxRates = taxRates;
    }

    // ---- supplier invoices ---------------------------------------------------------------------------------------

    @GetMapping("/supplier-invoices")
    String invoices(
            @RequestParam(required = false) SupplierInvoiceStatus status,
            @RequestParam(required = false) Long supplierId,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("status", status);
        model.addAttribute("supplierId", supplierId);
        model.addAttribute("statuses", SupplierInvoiceStatus.values());
        model.addAttribute("suppliers", suppliers.activeSuppliers());
        model.addAttribute(
                "invoices",
                views.invoices(
                        status, supplierId, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "finance/supplier-invoices", "results");
    }

    @GetMapping("/supplier-invoices/new")
    String newInvoice(@RequestParam(required = false) Long purchaseOrderId, Model model, Locale locale) {
        SupplierInvoiceForm form = new SupplierInvoiceForm();
        form.setPurchaseOrderId(purchaseOrderId);
        LocalDate today = FinanceController.today();
        form.setInvoiceDate(today);
        form.setDueDate(today.plusDays(30));
        if (purchaseOrderId != null) {
            PayablesViews.Proposal proposal = views.proposal(purchaseOrderId, locale);
            for (PayablesViews.ProposedLine l : proposal.lines()) {
                SupplierInvoiceForm.Line line = new SupplierInvoiceForm.Line();
                line.setPurchaseOrderLineId(l.purchaseOrderLineId());
                line.setQuantity(l.uninvoiced().signum() > 0 ? com.yiti.shared.Text.plain(l.uninvoiced()) : null);
                line.setUnitPrice(com.yiti.shared.Text.plain(l.orderedPrice()));
                line.setTaxRate(l.taxRate());
                form.getLines().add(line);
            }
        }
        model.addAttribute("form", form);
        return invoiceForm(model, purchaseOrderId, locale);
    }

    @PostMapping("/supplier-invoices/new")
    String enterInvoice(
            @Valid @ModelAttribute("form") SupplierInvoiceForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<SupplierInvoiceView> entered = FormSubmission.submit(
                result,
                () -> invoicing.enter(new NewSupplierInvoice(
                        form.getPurchaseOrderId(),
                        form.getSupplierReference(),
                        form.getInvoiceDate(),
                        form.getDueDate(),
                        form.getLines().stream()
                                .map(l -> new NewSupplierInvoice.Line(
                                        l.getPurchaseOrderLineId(), l.getQuantity(), l.getUnitPrice(), l.getTaxRate()))
                                .toList())));
        if (entered.isPresent()) {
            redirect.addFlashAttribute(
                    "message", entered.get().held() ? "payables.invoiceHeld" : "payables.invoicePosted");
            return "redirect:/finance/supplier-invoices/" + entered.get().id();
        }
        return invoiceForm(model, form.getPurchaseOrderId(), locale);
    }

    private String invoiceForm(Model model, Long purchaseOrderId, Locale locale) {
        model.addAttribute("orders", views.invoiceableOrders());
        model.addAttribute("proposal", purchaseOrderId == null ? null : views.proposal(purchaseOrderId, locale));
        model.addAttribute("taxRates", taxRates.active());
        return "finance/supplier-invoice-form";
    }

    @GetMapping("/supplier-invoices/{id}")
    String invoice(@PathVariable long id, Model model) {
        model.addAttribute("invoice", views.invoice(id));
        model.addAttribute("tolerances", invoicing.tolerances());
        model.addAttribute("debitApplications", debitNotes.appliedTo(id));
        return "finance/supplier-invoice";
    }

    // ---- debit notes ---------------------------------------------------------------------------------------------

    @GetMapping("/supplier-debit-notes")
    String debitNotes(
            @RequestParam(required = false) SupplierDebitNoteStatus status,
            @RequestParam(required = false) Long supplierId,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("status", status);
        model.addAttribute("supplierId", supplierId);
        model.addAttribute("statuses", SupplierDebitNoteStatus.values());
        model.addAttribute("suppliers", suppliers.activeSuppliers());
        model.addAttribute(
                "notes",
                debitNotes.debitNotes(
                        status, supplierId, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "finance/supplier-debit-notes", "results");
    }

    @GetMapping("/supplier-debit-notes/{id}")
    String debitNote(@PathVariable long id, Model model) {
        model.addAttribute("note", debitNotes.debitNote(id));
        return "finance/supplier-debit-note";
    }

    @PostMapping("/supplier-invoices/{id}/release")
    String release(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Flash.run(redirect, "payables.released", () -> invoicing.release(id, note));
        return "redirect:/finance/supplier-invoices/" + id;
    }

    @PostMapping("/supplier-invoices/{id}/recheck")
    String recheck(@PathVariable long id, RedirectAttributes redirect) {
        SupplierInvoiceView v = Flash.submit(redirect, "payables.rechecked", () -> invoicing.recheck(id));
        if (v != null && !v.held()) {
            redirect.addFlashAttribute("message", "payables.invoicePosted");
        }
        return "redirect:/finance/supplier-invoices/" + id;
    }

    @PostMapping("/supplier-invoices/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "payables.cancelled", () -> invoicing.cancel(id));
        return "redirect:/finance/supplier-invoices/" + id;
    }

    // ---- supplier payments ---------------------------------------------------------------------------------------

    @GetMapping("/supplier-payments")
    String payments(
            @RequestParam(required = false) Long supplierId,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("supplierId", supplierId);
        model.addAttribute("suppliers", suppliers.activeSuppliers());
        model.addAttribute(
                "payments",
                views.payments(supplierId, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "finance/supplier-payments", "results");
    }

    @GetMapping("/supplier-payments/new")
    String newPayment(@RequestParam(required = false) Long supplierId, Model model) {
        SupplierPaymentForm form = new SupplierPaymentForm();
        form.setSupplierId(supplierId);
        form.setPaymentDate(FinanceController.today());
        model.addAttribute("form", form);
        return paymentForm(model, supplierId);
    }

    @PostMapping("/supplier-payments/new")
    String pay(
            @Valid @ModelAttribute("form") SupplierPaymentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Optional<com.yiti.finance.SupplierPaymentManagement.PaymentOutcome> paid = FormSubmission.submit(
                result,
                () -> paying.payOrSubmit(new NewSupplierPayment(
                        form.getSupplierId(),
                        form.getPaymentDate(),
                        form.getAmount(),
                        form.getMethod(),
                        form.getReference(),
                        !form.isManual(),
                        form.chosenAllocations())));
        if (paid.isPresent() && paid.get().approval() != null) {
            // the SUPPLIER_PAYMENT flow asks for approval: it is paid when approved
            redirect.addFlashAttribute("message", "payables.paymentSubmitted");
            return "redirect:/approvals/" + paid.get().approval().id();
        }
        if (paid.isPresent()) {
            redirect.addFlashAttribute("message", "payables.paymentRecorded");
            return "redirect:/finance/supplier-payments/" + paid.get().payment().id();
        }
        return paymentForm(model, form.getSupplierId());
    }

    private String paymentForm(Model model, Long supplierId) {
        model.addAttribute("suppliers", suppliers.activeSuppliers());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("openInvoices", supplierId == null ? List.of() : views.openInvoicesOf(supplierId));
        return "finance/supplier-payment-form";
    }

    @GetMapping("/supplier-payments/{id}")
    String payment(@PathVariable long id, Model model) {
        SupplierPaymentView payment = views.payment(id);
        model.addAttribute("payment", payment);
        model.addAttribute(
                "openInvoices",
                payment.unallocated().signum() > 0 ? views.openInvoicesOf(payment.supplierId()) : List.of());
        return "finance/supplier-payment";
    }

    @PostMapping("/supplier-payments/{id}/allocate")
    String allocate(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "finance.allocated",
                () -> paying.allocate(
                        id,
                        com.yiti.shared.web.IndexedAmounts.parse("allocations", params, "payables.allocationInvalid")));
        return "redirect:/finance/supplier-payments/" + id;
    }

    // ---- aging, statement, tolerances --------------------------------------------------------------------------

    @GetMapping("/payables")
    String payables(Model model) {
        model.addAttribute("aging", views.aging());
        model.addAttribute("due", views.dueThisWeek());
        return "finance/payables";
    }

    @GetMapping("/suppliers/{id}/statement")
    String statement(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Model model) {
        LocalDate end = until == null ? FinanceController.today() : until;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(2) : from;
        if (start.isAfter(end)) {
            start = end;
        }
        model.addAttribute("statement", views.statement(id, start, end));
        return "finance/supplier-statement";
    }

    @GetMapping("/payables/settings")
    String settings(Model model) {
        model.addAttribute("tolerances", invoicing.tolerances());
        return "finance/payables-settings";
    }

    @PostMapping("/payables/settings")
    String saveSettings(
            @RequestParam(required = false) String pricePercent,
            @RequestParam(required = false) String quantityPercent,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "payables.settingsSaved",
                () -> invoicing.changeTolerances(
                        number("priceTolerance", pricePercent), number("quantityTolerance", quantityPercent), version));
        return "redirect:/finance/payables/settings";
    }

    private static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(field, "payables.toleranceRange", "50");
        }
    }
}
