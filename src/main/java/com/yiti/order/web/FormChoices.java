package com.yiti.order.web;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.platform.UserDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices quotation and order forms offer: customers in scope, active products, warehouses, opportunities. */
@Component
class FormChoices {

    private final CustomerManagement customers;
    private final InventoryManagement inventory;
    private final OpportunityManagement opportunities;
    private final UserDirectory directory;

    FormChoices(
            CustomerManagement customers,
            InventoryManagement inventory,
            OpportunityManagement opportunities,
            UserDirectory directory) {
        this.customers = customers;
        this.inventory = inventory;
        this.opportunities = opportunities;
        this.directory = directory;
    }

    void header(Model model, Long customerId) {
        model.addAttribute(
                "customers",
                customers
                        .search(CustomerFilter.none(), PageRequest.of(0, 500, Sort.by("name")))
                        .getContent());
        model.addAttribute("warehouses", inventory.warehouses());
        model.addAttribute(
                "opportunities", customerId == null ? java.util.List.of() : opportunities.ofCustomer(customerId));
    }

    void lines(Model model) {
        model.addAttribute(
                "products",
                inventory
                        .products(new ProductFilter(null, null, true), PageRequest.of(0, 500, Sort.by("sku")))
                        .getContent());
    }

    boolean canWrite(long ownerId) {
        return directory
                .current()
                .map(u -> directory.salesScope(u).canWrite(ownerId))
                .orElse(false);
    }
}
