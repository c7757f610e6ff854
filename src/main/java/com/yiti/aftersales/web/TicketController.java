package com.yiti.aftersales.web;

import com.yiti.aftersales.SlaState;
import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketFilter;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketStatus;
import com.yiti.aftersales.TicketType;
import com.yiti.aftersales.TicketView;
import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
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

/** Tickets: the service desk's list (by status, priority, owner, customer, SLA state), opening, the ticket page. */
@Controller
@RequestMapping("/tickets")
class TicketController {

    private final TicketManagement tickets;
    private final com.yiti.aftersales.ServiceReports reports;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final com.yiti.inventory.InventoryManagement inventory;
    private final com.yiti.aftersales.AttachmentManagement attachments;
    private final com.yiti.aftersales.SatisfactionSurvey survey;
    private final com.yiti.aftersales.ReturnManagement returns;

    private final com.yiti.platform.PublicLinks links;

    TicketController(
            TicketManagement tickets,
            com.yiti.aftersales.ServiceReports reports,
            CustomerManagement customers,
            UserDirectory directory,
            com.yiti.inventory.InventoryManagement inventory,
            com.yiti.aftersales.AttachmentManagement attachments,
            com.yiti.aftersales.SatisfactionSurvey survey,
            com.yiti.aftersales.ReturnManagement returns,
            com.yiti.platform.PublicLinks links) {
        this.links = links;
        this.returns = returns;
        this.attachments = attachments;
        this.survey = survey;
        this.tickets = tickets;
        this.reports = reports;
        this.customers = customers;
        this.directory = directory;
        this.inventory = inventory;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("channels", TicketChannel.values());
        model.addAttribute("slaStates", SlaState.values());
        model.addAttribute("agents", directory.enabledUsersWithRole(Role.SERVICE));
        model.addAttribute("causes", com.yiti.aftersales.RootCause.values());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        TicketFilter filter = new TicketFilter(q, status, priority, assigneeId, customerId, sla);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "tickets", tickets.search(filter, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id")))));
        return Htmx.view(request, "aftersales/tickets", "results");
    }

    /** The ticket list as filtered, as CSV or Excel (streamed page by page, in the reader's scope). */
    @GetMapping({"/export.csv", "/export.xlsx"})
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) SlaState sla,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        TicketFilter filter = new TicketFilter(q, status, priority, assigneeId, customerId, sla);
        com.yiti.shared.CsvExport.write(
                response,
                com.yiti.shared.CsvExport.Format.ofPath(request.getRequestURI()),
                "tickets",
                java.util.List.of(
                        "number",
                        "subject",
                        "customer",
                        "type",
                        "priority",
                        "status",
                        "sla",
                        "owner",
                        "opened_at",
                        "resolved_at",
                        "csat"),
                Sort.by(Sort.Order.desc("id")),
                pageable -> tickets.search(filter, pageable),
                com.yiti.aftersales.TicketView::id,
                t -> com.yiti.shared.CsvExport.row(
                        t.number(),
                        t.subject(),
                        t.customerName(),
                        t.type(),
                        t.priority(),
                        t.status(),
                        t.sla(),
                        t.assigneeName(),
                        t.openedAt(),
                        t.resolvedAt(),
                        t.csat()));
    }

    /** Products with open complaints traced to production or a supplier: what production and purchasing follow up. */
    @GetMapping("/quality")
    String quality(Model model) {
        var issues = reports.openQualityIssues(
                java.util.EnumSet.of(com.yiti.aftersales.RootCause.PRODUCTION, com.yiti.aftersales.RootCause.SUPPLIER));
        model.addAttribute("issues", issues);
        var byLot = reports.complaintsByLot();
        model.addAttribute("byLot", byLot);
        model.addAttribute(
                "products",
                inventory.productsById(java.util.stream.Stream.concat(
                                issues.stream().map(com.yiti.aftersales.QualityIssue::productId),
                                byLot.stream().map(com.yiti.aftersales.ServiceReports.LotComplaints::productId))
                        .collect(java.util.stream.Collectors.toSet())));
        return "aftersales/quality";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long customerId, Model model) {
        TicketForm form = new TicketForm();
        form.setCustomerId(customerId);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/new")
    String open(@Valid @ModelAttribute("form") TicketForm form, BindingResult result, Model model) {
        Optional<TicketView> opened =
                FormSubmission.submit(result, () -> tickets.open(form.toData(tickets::orderIdByNumber)));
        return opened.map(t -> "redirect:/tickets/" + t.id()).orElseGet(() -> form(model, null));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        TicketView t = tickets.get(id);
        model.addAttribute("ticket", t);
        model.addAttribute(
                "product",
                t.productId() == null
                        ? null
                        : inventory
                                .productsById(java.util.List.of(t.productId()))
                                .get(t.productId()));
        model.addAttribute("comments", tickets.comments(id));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("sentMails", survey.mails(id));
        var onTicket = returns.forTicket(id);
        var returnable = onTicket.returnable();
        model.addAttribute("returns", onTicket.returns());
        model.addAttribute("returnable", returnable);
        model.addAttribute("orderNumber", onTicket.orderNumber());
        if (returnable != null) {
            model.addAttribute(
                    "returnProducts",
                    inventory.productsById(returnable.lines().stream()
                            .map(com.yiti.order.ReturnableOrder.Line::productId)
                            .toList()));
            model.addAttribute("returnReasons", com.yiti.aftersales.ReturnReason.values());
            model.addAttribute("settlements", com.yiti.aftersales.ReturnSettlement.values());
        }
        return "aftersales/ticket";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        TicketView t = tickets.get(id);
        model.addAttribute("form", TicketForm.of(t, returns.forTicket(id).orderNumber()));
        return form(model, t);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TicketForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result, () -> tickets.update(id, form.getVersion(), form.toData(tickets::orderIdByNumber)))) {
            redirect.addFlashAttribute("message", "ticket.saved");
            return "redirect:/tickets/" + id;
        }
        return form(model, tickets.get(id));
    }

    @PostMapping("/{id}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "false") boolean internal,
            RedirectAttributes redirect) {
        Flash.run(redirect, "ticket.commented", () -> tickets.comment(id, body, internal));
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        Flash.run(redirect, "attachment.saved", () -> attachments.attach(id, name, bytes));
        return "redirect:/tickets/" + id;
    }

    /** A file of a ticket, for whoever may see the ticket; always as a download, never rendered as a page. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> download(
            @PathVariable long id, @PathVariable long attachmentId) {
        var f = attachments.file(id, attachmentId);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(f.contentType()))
                .contentLength(f.sizeBytes())
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(f.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    /** The satisfaction link e-mailed to the customer's contact (no copying by hand). */
    @PostMapping("/{id}/csat-email")
    String csatEmail(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "csat.emailed", () -> survey.emailLink(id));
        return "redirect:/tickets/" + id;
    }

    /** A one-time satisfaction link for the customer; shown once, for a customer reached another way. */
    @PostMapping("/{id}/csat-link")
    String csatLink(@PathVariable long id, RedirectAttributes redirect) {
        String token = Flash.submit(redirect, "csat.linkCreated", () -> survey.createLink(id));
        if (token != null) {
            // on the configured base URL: a forged Host header never becomes the host of the customer's link
            redirect.addFlashAttribute("csatLink", links.absolute("/csat/" + token));
        }
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/{id}/root-cause")
    String rootCause(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) com.yiti.aftersales.RootCause rootCause,
            RedirectAttributes redirect) {
        Flash.run(redirect, "ticket.rootCauseSaved", () -> tickets.traceRootCause(id, version, rootCause));
        return "redirect:/tickets/" + id;
    }

    @PostMapping("/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) String resolution,
            @RequestParam(required = false) Integer csat,
            @RequestParam(required = false) String csatComment,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "ticket.statusChanged",
                () -> tickets.changeStatus(id, version, status, resolution, csat, csatComment));
        return "redirect:/tickets/" + id;
    }

    private String form(Model model, TicketView ticket) {
        model.addAttribute("ticket", ticket);
        model.addAttribute(
                "products",
                inventory
                        .products(
                                new com.yiti.inventory.ProductFilter(null, null, true),
                                PageRequest.of(0, 500, Sort.by("sku")))
                        .getContent());
        boolean service = directory
                .current()
                .map(u -> u.hasAnyRole(Set.of(Role.SERVICE, Role.ADMIN)))
                .orElse(false);
        model.addAttribute(
                "customers",
                service
                        ? customers.allCustomers(null, PageRequest.of(0, 1000, Sort.by("name"))).getContent().stream()
                                .map(c -> new Choice(c.id(), c.name()))
                                .toList()
                        : customers
                                .search(CustomerFilter.none(), PageRequest.of(0, 500, Sort.by("name")))
                                .getContent()
                                .stream()
                                .map(c -> new Choice(c.id(), c.name()))
                                .toList());
        return "aftersales/ticket-form";
    }

    record Choice(long id, String name) {}
}
