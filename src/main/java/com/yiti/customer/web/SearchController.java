package com.yiti.customer.web;

import com.yiti.customer.CustomerManagement;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The top bar's quick search: customers by name, contacts by name or mobile, scoped like everything else. */
@Controller
class SearchController {

    private final CustomerManagement customers;

    SearchController(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("hits", customers.quickSearch(q, 20));
        return Htmx.view(request, "customer/search", "hits");
    }
}
