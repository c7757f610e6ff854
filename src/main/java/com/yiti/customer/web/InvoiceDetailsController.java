package com.yiti.customer.web;

import com.yiti.customer.CustomerInvoiceDetails;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerPrintDetails;
import com.yiti.customer.InvoiceDetailsView;
import com.yiti.customer.InvoiceType;
import com.yiti.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer's invoicing data (开票信息): its page. */
@Controller
class InvoiceDetailsController {

    private final CustomerInvoiceDetails details;
    private final CustomerManagement customers;

    InvoiceDetailsController(CustomerInvoiceDetails details, CustomerManagement customers) {
        this.details = details;
        this.customers = customers;
    }

    @GetMapping("/customers/{id}/invoice-details")
    String page(@PathVariable long id, Model model) {
        InvoiceDetailsView current = details.of(id).orElse(null);
        if (!model.containsAttribute("form")) {
            InvoiceDetailsForm form = new InvoiceDetailsForm();
            CustomerPrintDetails customer = customers.printDetails(id);
            if (current != null) {
                form.setVersion(current.version());
                form.setInvoiceType(current.invoiceType());
                form.setTitle(current.title());
                form.setTaxNumber(current.taxNumber());
                form.setAddressPhone(current.addressPhone());
                form.setBankName(current.bankName());
                form.setBankAccount(current.bankAccount());
            } else {
                // the customer's legal name and credit code are where a new one starts
                form.setTitle(customer.name());
                form.setTaxNumber(customer.creditCode());
                form.setAddressPhone(customer.address());
            }
            model.addAttribute("form", form);
        }
        model.addAttribute("customer", customers.printDetails(id));
        model.addAttribute("details", current);
        model.addAttribute("types", InvoiceType.values());
        model.addAttribute("canChange", details.canChange(id));
        return "customer/invoice-details";
    }

    @PostMapping("/customers/{id}/invoice-details")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") InvoiceDetailsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> details.save(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "invoiceDetails.saved");
            return "redirect:/customers/" + id + "/invoice-details";
        }
        return page(id, model);
    }
}
