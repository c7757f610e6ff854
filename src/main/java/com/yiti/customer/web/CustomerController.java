package com.yiti.customer.web;

import com.yiti.customer.ContactView;
import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerPanel;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerTier;
import com.yiti.customer.CustomerView;
import com.yiti.customer.DuplicateCustomerException;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.CsvExport;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormErrors;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
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

/** Customers: list with filters and export, the 360 page, create (with the duplicate guard), edit, contacts. */
@Controller
@RequestMapping("/customers")
class CustomerController {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt", "tier", "status");
    private static final Sort DEFAULT_SORT = Sort.by("name").and(Sort.by("id"));

    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final List<CustomerPanel> panels;
    private final com.yiti.customer.CustomerInvoiceDetails invoiceDetails;

    CustomerController(
            CustomerManagement customers,
            UserDirectory directory,
            List<CustomerPanel> panels,
            com.yiti.customer.CustomerInvoiceDetails invoiceDetails) {
        this.invoiceDetails = invoiceDetails;
        this.customers = customers;
        this.directory = directory;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CustomerPanel::order))
                .toList();
    }

    @ModelAttribute("tiers")
    CustomerTier[] tiers() {
        return CustomerTier.values();
    }

    @ModelAttribute("statuses")
    CustomerStatus[] statuses() {
        return CustomerStatus.values();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) CustomerTier tier,
            @RequestParam(required = false) CustomerStatus status,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            Model model,
            HttpServletRequest request) {
        CustomerFilter filter = new CustomerFilter(q, ownerId, tier, status, region);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("customers", customers.search(filter, Paging.of(page, 20, sort, SORTABLE, DEFAULT_SORT)));
        model.addAttribute("owners", directory.visibleOwners(directory.require()));
        return Htmx.view(request, "customer/list", "results");
    }

    @GetMapping({"/export.csv", "/export.xlsx"})
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) CustomerTier tier,
            @RequestParam(required = false) CustomerStatus status,
            @RequestParam(required = false) String region,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        CustomerFilter filter = new CustomerFilter(q, ownerId, tier, status, region);
        CsvExport.write(
                response,
                CsvExport.Format.ofPath(request.getRequestURI()),
                "customers",
                List.of(
                        "id",
                        "name",
                        "credit_code",
                        "industry",
                        "tier",
                        "region",
                        "owner",
                        "status",
                        "payment_terms_days",
                        "currency",
                        "credit_limit",
                        "tags"),
                DEFAULT_SORT,
                pageable -> customers.search(filter, pageable),
                c -> CsvExport.row(
                        c.id(),
                        c.name(),
                        (c.creditCode()),
                        (c.industry()),
                        c.tier(),
                        (c.region()),
                        (c.ownerName()),
                        c.status(),
                        c.paymentTermsDays(),
                        c.currency(),
                        c.creditLimit(),
                        (c.tags())));
    }

    @GetMapping("/new")
    String newCustomer(Model model) {
        CustomerForm form = new CustomerForm();
        CurrentUser user = directory.require();
        if (user.hasRole(Role.SALES_REP) || user.hasRole(Role.SALES_MANAGER)) {
            form.setOwnerId(user.id());
        }
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CustomerView created = customers.create(form.toData(), form.isDuplicateConfirmed());
                redirect.addFlashAttribute("message", "customer.created");
                return "redirect:/customers/" + created.id();
            } catch (DuplicateCustomerException e) {
                model.addAttribute("duplicates", e.visibleMatches());
                model.addAttribute("hiddenDuplicates", e.hiddenMatches());
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CustomerView customer = customers.get(id);
        CurrentUser user = directory.require();
        model.addAttribute("customer", customer);
        model.addAttribute("contacts", customers.contacts(id));
        model.addAttribute("invoiceDetails", invoiceDetails.of(customer).orElse(null));
        model.addAttribute("contactForm", new ContactForm());
        model.addAttribute("canWrite", directory.salesScope(user).canWrite(customer.ownerId()));
        model.addAttribute("canReassign", user.hasRole(Role.SALES_MANAGER) || user.hasRole(Role.ADMIN));
        model.addAttribute("owners", directory.assignableOwners(user));
        List<CustomerPanel> visible =
                panels.stream().filter(p -> p.visibleTo(user)).toList();
        model.addAttribute("panels", visible);
        visible.forEach(p -> model.addAllAttributes(p.model(id, user)));
        return "customer/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CustomerView customer = customers.get(id);
        model.addAttribute("form", CustomerForm.of(customer));
        return form(model, customer);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CustomerView customer = customers.get(id);
        if (FormSubmission.run(result, () -> customers.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "customer.saved");
            return "redirect:/customers/" + id;
        }
        return form(model, customer);
    }

    @PostMapping("/{id}/owner")
    String reassign(@PathVariable long id, @RequestParam long ownerId, RedirectAttributes redirect) {
        try {
            customers.reassignOwner(id, ownerId);
            redirect.addFlashAttribute("message", "customer.reassigned");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
        }
        return "redirect:/customers/" + id;
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("customer", customers.get(id));
        model.addAttribute("revisions", customers.history(id));
        return "customer/history";
    }

    @PostMapping("/{id}/contacts")
    String addContact(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> customers.addContact(id, form.toData()))) {
            redirect.addFlashAttribute("message", "contact.saved");
            return "redirect:/customers/" + id + "#contacts";
        }
        model.addAttribute("customer", customers.get(id));
        model.addAttribute("contact", null);
        return "customer/contact-form";
    }

    @GetMapping("/{id}/contacts/{contactId}")
    String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
        ContactView contact = customers.contacts(id).stream()
                .filter(c -> c.id() == contactId)
                .findFirst()
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("Contact", contactId));
        model.addAttribute("customer", customers.get(id));
        model.addAttribute("contact", contact);
        model.addAttribute("contactForm", ContactForm.of(contact));
        return "customer/contact-form";
    }

    @PostMapping("/{id}/contacts/{contactId}")
    String updateContact(
            @PathVariable long id,
            @PathVariable long contactId,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result, () -> customers.updateContact(id, contactId, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "contact.saved");
            return "redirect:/customers/" + id + "#contacts";
        }
        model.addAttribute("customer", customers.get(id));
        model.addAttribute(
                "contact",
                customers.contacts(id).stream()
                        .filter(c -> c.id() == contactId)
                        .findFirst()
                        .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("Contact", contactId)));
        return "customer/contact-form";
    }

    private String form(Model model, CustomerView customer) {
        model.addAttribute("customer", customer);
        model.addAttribute("owners", directory.assignableOwners(directory.require()));
        return "customer/form";
    }
}
