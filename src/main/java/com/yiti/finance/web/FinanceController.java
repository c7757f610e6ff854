package com.yiti.finance.web;

import com.yiti.customer.CustomerManagement;
import com.yiti.finance.AccountType;
import com.yiti.finance.AccountView;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceStatus;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.LedgerManagement;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.PaymentView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.finance.TrialBalanceRow;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
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

/** FINANCE's screens: invoices, payments, credit holds and limits, aging, the journal, the trial balance, accounts. */
@Controller
@RequestMapping("/finance")
class FinanceController {

    private final ReceivablesManagement receivables;
    private final com.yiti.finance.PaymentManagement paymentManagement;
    private final com.yiti.finance.CreditControl creditControl;
    private final com.yiti.finance.ReceivablesPosition position;
    private final LedgerManagement ledger;
    private final com.yiti.order.CreditHolds creditHolds;
    private final CustomerManagement customers;
    private final com.yiti.customer.CreditTermsManagement creditTerms;

    private final com.yiti.setup.PaymentTermManagement paymentTerms;

    private final com.yiti.finance.FinanceDocuments documents;
    private final com.yiti.finance.FinanceMailing mailing;
    private final com.yiti.order.OrderFactsReader orderFacts;
    private final com.yiti.contract.ContractManagement contracts;
    private final com.yiti.finance.InvoiceRequests invoiceRequests;

    FinanceController(
            ReceivablesManagement receivables,
            com.yiti.finance.PaymentManagement paymentManagement,
            com.yiti.finance.CreditControl creditControl,
            com.yiti.finance.ReceivablesPosition position,
            LedgerManagement ledger,
            com.yiti.order.CreditHolds creditHolds,
            CustomerManagement customers,
            com.yiti.customer.CreditTermsManagement creditTerms,
            com.yiti.setup.PaymentTermManagement paymentTerms,
            com.yiti.finance.FinanceDocuments documents,
            com.yiti.finance.FinanceMailing mailing,
            com.yiti.order.OrderFactsReader orderFacts,
            com.yiti.contract.ContractManagement contracts,
            com.yiti.finance.InvoiceRequests invoiceRequests) {
        this.invoiceRequests = invoiceRequests;
        this.contracts = contracts;
        this.orderFacts = orderFacts;
        this.documents = documents;
        this.mailing = mailing;
        this.paymentTerms = paymentTerms;
        this.receivables = receivables;
        this.paymentManagement = paymentManagement;
        this.creditControl = creditControl;
        this.position = position;
        this.ledger = ledger;
        this.creditHolds = creditHolds;
        this.customers = customers;
        this.creditTerms = creditTerms;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    // ---- invoices ----------------------------------------------------------------------------------------------

    @GetMapping("/invoices")
    String invoices(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        InvoiceFilter filter = new InvoiceFilter(q, status, customerId, overdue, null);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", InvoiceStatus.values());
        model.addAttribute(
                "invoices",
                receivables.invoices(filter, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "finance/invoices", "results");
    }

    /** The invoice list as filtered, as CSV or Excel (streamed page by page). */
    @GetMapping({"/invoices/export.csv", "/invoices/export.xlsx"})
    void exportInvoices(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(defaultValue = "false") boolean overdue,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        InvoiceFilter filter = new InvoiceFilter(q, status, customerId, overdue, null);
        com.yiti.shared.CsvExport.write(
                response,
                com.yiti.shared.CsvExport.Format.ofPath(request.getRequestURI()),
                "invoices",
                java.util.List.of(
                        "number",
                        "customer",
                        "order",
                        "invoice_date",
                        "due_date",
                        "currency",
                        "net",
                        "tax",
                        "gross",
                        "credited",
                        "paid",
                        "open",
                        "status",
                        "days_overdue"),
                Sort.by(Sort.Order.desc("id")),
                pageable -> receivables.invoices(filter, pageable),
                com.yiti.finance.InvoiceView::id,
                i -> com.yiti.shared.CsvExport.row(
                        i.number(),
                        i.customerName(),
                        i.orderNumber(),
                        i.invoiceDate(),
                        i.dueDate(),
                        i.currency(),
                        i.netTotal(),
                        i.taxTotal(),
                        i.grossTotal(),
                        i.credited(),
                        i.paid(),
                        i.open(),
                        i.status(),
                        i.daysOverdue()));
    }

    @GetMapping("/invoices/{id}")
    String invoice(@PathVariable long id, Model model) {
        model.addAttribute("invoice", receivables.invoice(id));
        model.addAttribute("creditNotes", receivables.creditNotesOf(id));
        model.addAttribute("allocations", receivables.allocationsOf(id));
        model.addAttribute("sentMails", mailing.invoiceMails(id));
        model.addAttribute("vatRequests", invoiceRequests.ofInvoice(id));
        return "finance/invoice";
    }

    /** A page to print (or save as PDF from the browser). */
    @GetMapping("/invoices/{id}/print")
    String print(@PathVariable long id, Model model) {
        InvoiceView invoice = receivables.invoice(id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("customer", creditTerms.creditTerms(invoice.customerId()));
        return "finance/invoice-print";
    }

    /** The invoice as a real PDF (company header, seal, 大写金额), in {@code lang} or the customer's language. */
    @GetMapping("/invoices/{id}/pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(
            @PathVariable long id, @RequestParam(required = false) String lang) {
        return com.yiti.platform.PrintedDocuments.response(documents.invoicePdf(id, lang));
    }

    @PostMapping("/invoices/{id}/credit-notes")
    String creditNote(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Long, BigDecimal> quantities = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("quantities[") && v != null && !v.isBlank()) {
                quantities.put(Long.valueOf(k.substring(11, k.length() - 1)), new BigDecimal(v.trim()));
            }
        });
        Flash.run(redirect, "finance.creditNoteIssued", () -> receivables.issueCreditNote(id, quantities, reason));
        return "redirect:/finance/invoices/" + id;
    }

    // ---- payments ----------------------------------------------------------------------------------------------

    @GetMapping("/payments")
    String payments(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("customerId", customerId);
        model.addAttribute(
                "payments",
                paymentManagement.payments(
                        customerId, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return "finance/payments";
    }

    @GetMapping("/payments/new")
    String newPayment(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long orderId,
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) java.math.BigDecimal amount,
            @RequestParam(required = false) String reference,
            Model model) {
        // prefilled from a collection plan's instalment: the deposit it asks for
        PaymentForm form = new PaymentForm();
        form.setCustomerId(customerId);
        form.setOrderId(orderId);
        form.setContractId(contractId);
        form.setAmount(amount);
        form.setReference(reference);
        form.setPaymentDate(today());
        model.addAttribute("form", form);
        return paymentForm(model, customerId);
    }

    @PostMapping("/payments/new")
    String recordPayment(
            @Valid @ModelAttribute("form") PaymentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Optional<PaymentView> recorded = FormSubmission.submit(
                result,
                () -> paymentManagement.recordPayment(new NewPayment(
                        form.getCustomerId(),
                        form.getPaymentDate(),
                        form.getAmount(),
                        form.getMethod(),
                        form.getReference(),
                        !form.isManual(),
                        form.chosenAllocations(),
                        form.getOrderId(),
                        form.getContractId())));
        if (recorded.isPresent()) {
            redirect.addFlashAttribute("message", "finance.paymentRecorded");
            return "redirect:/finance/payments/" + recorded.get().id();
        }
        return paymentForm(model, form.getCustomerId());
    }

    @GetMapping("/payments/{id}")
    String payment(@PathVariable long id, Model model) {
        PaymentView payment = paymentManagement.payment(id);
        model.addAttribute("payment", payment);
        model.addAttribute("openInvoices", openInvoices(payment.customerId()));
        return "finance/payment";
    }

    @PostMapping("/payments/{id}/allocate")
    String allocate(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        // parsed inside the submission: a forged field (allocations[abc]=1, an amount of "x") is a message, not a 500
        Flash.run(
                redirect,
                "finance.allocated",
                () -> paymentManagement.allocate(
                        id,
                        com.yiti.shared.web.IndexedAmounts.parse("allocations", params, "finance.allocationInvalid")));
        return "redirect:/finance/payments/" + id;
    }

    @PostMapping("/allocations/{id}/reverse")
    String reverse(
            @PathVariable long id,
            @RequestParam long paymentId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "finance.allocationReversedMessage",
                () -> paymentManagement.reverseAllocation(paymentId, id, reason));
        return "redirect:/finance/payments/" + paymentId;
    }

    private String paymentForm(Model model, Long customerId) {
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute(
                "customers",
                creditTerms
                        .creditAccounts(null, PageRequest.of(0, 1000, Sort.by("name")))
                        .getContent());
        model.addAttribute("openInvoices", customerId == null ? List.of() : openInvoices(customerId));
        model.addAttribute("openOrders", customerId == null ? List.of() : orderFacts.openOf(customerId));
        model.addAttribute("openContracts", customerId == null ? List.of() : contracts.openFor(customerId));
        return "finance/payment-form";
    }

    private List<InvoiceView> openInvoices(long customerId) {
        return receivables
                .invoices(
                        new InvoiceFilter(null, null, customerId, false, null),
                        PageRequest.of(0, 200, Sort.by("dueDate")))
                .getContent()
                .stream()
                .filter(i -> i.status().open())
                .toList();
    }

    // ---- credit control ----------------------------------------------------------------------------------------

    @GetMapping("/holds")
    String holds(@RequestParam(required = false) Integer page, Model model) {
        var held = creditHolds.creditHolds(Paging.of(page, 20, null, Set.of(), Sort.by("id")));
        model.addAttribute("holds", held);
        model.addAttribute(
                "exposures",
                held.getContent().stream()
                        .map(o -> o.customerId())
                        .distinct()
                        .collect(java.util.stream.Collectors.toMap(c -> c, position::exposure)));
        return "finance/holds";
    }

    @PostMapping("/holds/{orderId}/release")
    String release(
            @PathVariable long orderId, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        com.yiti.order.OrderView after =
                Flash.submit(redirect, "finance.holdReleased", () -> creditControl.releaseHold(orderId, note));
        if (after != null && after.status() == com.yiti.order.OrderStatus.CREDIT_HOLD) {
            // the credit-release flow applies: the order waits for its approvers
            redirect.addFlashAttribute("message", "finance.holdSentForApproval");
        }
        return "redirect:/finance/holds";
    }

    @PostMapping("/holds/{orderId}/reject")
    String reject(
            @PathVariable long orderId, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Flash.run(redirect, "finance.holdRejected", () -> creditControl.rejectHold(orderId, note));
        return "redirect:/finance/holds";
    }

    @GetMapping("/credit")
    String credit(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        var accounts = creditTerms.creditAccounts(q, Paging.of(page, 20, null, Set.of(), Sort.by("name")));
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts);
        model.addAttribute(
                "exposures",
                accounts.getContent().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                a -> a.customerId(), a -> position.exposure(a.customerId()))));
        return Htmx.view(request, "finance/credit", "results");
    }

    @GetMapping("/credit/{customerId}")
    String creditForm(@PathVariable long customerId, Model model) {
        var terms = creditTerms.creditTerms(customerId);
        CreditForm form = new CreditForm();
        form.setCreditLimit(terms.creditLimit());
        form.setPaymentTermsDays(terms.paymentTermsDays());
        form.setPaymentTermCode(terms.paymentTermCode());
        model.addAttribute("form", form);
        return creditForm(model, customerId);
    }

    @PostMapping("/credit/{customerId}")
    String changeCredit(
            @PathVariable long customerId,
            @Valid @ModelAttribute("form") CreditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean[] applied = {true};
        if (FormSubmission.run(
                result,
                () -> applied[0] = creditTerms.changeCreditTerms(
                        customerId,
                        null,
                        form.getCreditLimit(),
                        form.getPaymentTermsDays(),
                        form.getPaymentTermCode()))) {
            // a limit change the CREDIT_LIMIT flow asks for waits for its approvers
            redirect.addFlashAttribute("message", applied[0] ? "finance.creditSaved" : "finance.creditSubmitted");
            return "redirect:/finance/credit?q="
                    + java.net.URLEncoder.encode(
                            creditTerms.creditTerms(customerId).name(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return creditForm(model, customerId);
    }

    private String creditForm(Model model, long customerId) {
        model.addAttribute("customer", creditTerms.creditTerms(customerId));
        model.addAttribute("paymentTerms", paymentTerms.active());
        model.addAttribute("exposure", position.exposure(customerId));
        model.addAttribute("history", creditTerms.creditHistory(customerId));
        model.addAttribute("sentMails", mailing.statementMails(customerId));
        return "finance/credit-form";
    }

    // ---- receivables -------------------------------------------------------------------------------------------

    @GetMapping("/aging")
    String aging(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Model model) {
        LocalDate day = asOf == null ? today() : asOf;
        LocalDate start = from == null ? day.minusDays(89) : from;
        var rows = position.aging(day);
        model.addAttribute("asOf", day);
        model.addAttribute("from", start);
        model.addAttribute("rows", rows.subList(0, rows.size() - 1));
        model.addAttribute("total", rows.get(rows.size() - 1));
        model.addAttribute("dso", position.dso(start, day));
        return "finance/aging";
    }

    // ---- ledger ------------------------------------------------------------------------------------------------

    @GetMapping("/journal")
    String journal(
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String document,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("accountId", accountId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("document", document);
        model.addAttribute("accounts", ledger.accounts());
        model.addAttribute(
                "entries",
                ledger.entries(
                        accountId,
                        from,
                        to,
                        document,
                        Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "finance/journal", "results");
    }

    @GetMapping("/trial-balance")
    String trialBalance(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        List<TrialBalanceRow> rows = ledger.trialBalance(start, end);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "debits", rows.stream().map(TrialBalanceRow::debit).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute(
                "credits", rows.stream().map(TrialBalanceRow::credit).reduce(BigDecimal.ZERO, BigDecimal::add));
        return "finance/trial-balance";
    }

    @GetMapping("/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", ledger.accounts());
        return "finance/accounts";
    }

    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        model.addAttribute("form", new AccountForm());
        return accountForm(model, null);
    }

    @PostMapping("/accounts/new")
    String createAccount(
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> ledger.createAccount(form.toData()))) {
            redirect.addFlashAttribute("message", "finance.accountSaved");
            return "redirect:/finance/accounts";
        }
        return accountForm(model, null);
    }

    @GetMapping("/accounts/{id}")
    String editAccount(@PathVariable long id, Model model) {
        AccountView a = ledger.account(id);
        model.addAttribute("form", AccountForm.of(a));
        return accountForm(model, a);
    }

    @PostMapping("/accounts/{id}")
    String updateAccount(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> ledger.updateAccount(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "finance.accountSaved");
            return "redirect:/finance/accounts";
        }
        return accountForm(model, ledger.account(id));
    }

    private String accountForm(Model model, AccountView account) {
        model.addAttribute("account", account);
        model.addAttribute("types", AccountType.values());
        return "finance/account-form";
    }
}
