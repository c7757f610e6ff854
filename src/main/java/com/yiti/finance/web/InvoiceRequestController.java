package com.yiti.finance.web;

import com.yiti.finance.InvoiceRequestStatus;
import com.yiti.finance.InvoiceRequestView;
import com.yiti.finance.InvoiceRequests;
import com.yiti.finance.IssuedImport;
import com.yiti.finance.TaxInvoiceFiles;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.web.Flash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * VAT invoice requests: the list (FINANCE's export to the tax tool and import of the issued numbers), one request,
 * and a new one for an invoice (reps from their customer's invoices, FINANCE from any) or a red-letter one for a
 * credit note.
 */
@Controller
@RequestMapping("/invoice-requests")
class InvoiceRequestController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final InvoiceRequests requests;
    private final TaxInvoiceFiles files;

    InvoiceRequestController(InvoiceRequests requests, TaxInvoiceFiles files) {
        this.requests = requests;
        this.files = files;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) InvoiceRequestStatus status,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("requests", requests.list(status, PageRequest.of(page == null ? 0 : Math.max(0, page), 25)));
        model.addAttribute("statuses", InvoiceRequestStatus.values());
        model.addAttribute("status", status);
        return "finance/invoice-requests";
    }

    @GetMapping("/new")
    String newRequest(@RequestParam long invoiceId, Model model) {
        model.addAttribute("invoiceId", invoiceId);
        model.addAttribute("existing", requests.ofInvoice(invoiceId));
        return "finance/invoice-request-new";
    }

    @PostMapping
    String create(
            @RequestParam long invoiceId, @RequestParam(required = false) String remark, RedirectAttributes redirect) {
        InvoiceRequestView created =
                Flash.submit(redirect, "invoiceRequest.submitted", () -> requests.request(invoiceId, remark));
        return created == null
                ? "redirect:/invoice-requests/new?invoiceId=" + invoiceId
                : "redirect:/invoice-requests/" + created.id();
    }

    /** An advance invoice (预收款, 不征税) for an instalment due before delivery. */
    @PostMapping("/instalment")
    String instalment(@RequestParam long instalmentId, @RequestParam long planId, RedirectAttributes redirect) {
        InvoiceRequestView created = Flash.submit(
                redirect, "invoiceRequest.submitted", () -> requests.requestForInstalment(instalmentId, null));
        return created == null ? "redirect:/collection-plans/" + planId : "redirect:/invoice-requests/" + created.id();
    }

    @PostMapping("/red")
    String red(@RequestParam long creditNoteId, RedirectAttributes redirect) {
        InvoiceRequestView created =
                Flash.submit(redirect, "invoiceRequest.submitted", () -> requests.red(creditNoteId, null));
        return created == null ? "redirect:/invoice-requests" : "redirect:/invoice-requests/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("r", requests.get(id));
        return "finance/invoice-request";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "invoiceRequest.approved", () -> requests.approve(id, version));
        return "redirect:/invoice-requests/" + id;
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Flash.run(redirect, "invoiceRequest.rejectedMessage", () -> requests.reject(id, version, reason));
        return "redirect:/invoice-requests/" + id;
    }

    /**
     * The approved requests as the tax tool's batch file; they become EXPORTED. Nothing to export: back to the list
     * with the reason (a redirect answered by hand, the body being a file otherwise).
     */
    @PostMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "false") boolean again,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            byte[] file = again ? files.exportAgain() : files.exportApproved();
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(XLSX))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename("vat-invoices-" + LocalDate.now() + ".xlsx")
                                    .build()
                                    .toString())
                    .body(file);
        } catch (BusinessRuleException e) {
            String list = request.getContextPath() + "/invoice-requests";
            var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
            flash.put("flashError", e.code());
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(list, request, response);
            return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create(list))
                    .build();
        }
    }

    /** The tax tool's list of issued invoices: every row right, or nothing changes and the wrong rows are shown. */
    @PostMapping("/issued")
    String issued(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        IssuedImport result = Flash.submit(redirect, "invoiceRequest.imported", () -> {
            try {
                return files.importIssued(
                        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (result != null && !result.errors().isEmpty()) {
            redirect.addFlashAttribute("message", null);
            redirect.addFlashAttribute("importErrors", result.errors());
        } else if (result != null) {
            redirect.addFlashAttribute("importedCount", result.issued());
        }
        return "redirect:/invoice-requests";
    }
}
