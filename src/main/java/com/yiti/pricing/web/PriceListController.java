package com.yiti.pricing.web;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerTier;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.pricing.PriceListManagement;
import com.yiti.pricing.PriceListView;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** Price lists: the list, a new one, one with its items (a product from a quantity on: price or discount, minimum). */
@Controller
@RequestMapping("/price-lists")
class PriceListController {

    private final PriceListManagement priceLists;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;

    PriceListController(PriceListManagement priceLists, CustomerManagement customers, InventoryManagement inventory) {
        this.priceLists = priceLists;
        this.customers = customers;
        this.inventory = inventory;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("lists", priceLists.list(PageRequest.of(page == null ? 0 : Math.max(0, page), 25)));
        return "pricing/lists";
    }

    @GetMapping("/new")
    String newList(Model model) {
        if (!model.containsAttribute("form")) {
            PriceListForm form = new PriceListForm();
            form.setValidFrom(LocalDate.now(ZoneId.of("Asia/Shanghai")));
            model.addAttribute("form", form);
        }
        return form(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") PriceListForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> priceLists.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/price-lists/" + created.get().id();
        }
        return form(model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        PriceListView list = priceLists.get(id);
        model.addAttribute("list", list);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PriceListForm.of(list));
        }
        if (!model.containsAttribute("item")) {
            model.addAttribute("item", new PriceItemForm());
        }
        model.addAttribute(
                "products",
                inventory
                        .products(new ProductFilter(null, null, true), PageRequest.of(0, 500, Sort.by("sku")))
                        .getContent());
        return form(model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") PriceListForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> priceLists.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/price-lists/" + id;
        }
        return show(id, model);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        Flash.run(
                redirect,
                value ? "reference.activated" : "reference.deactivated",
                () -> priceLists.setActive(id, value));
        return "redirect:/price-lists/" + id;
    }

    @PostMapping("/{id}/items")
    String putItem(
            @PathVariable long id,
            @ModelAttribute("item") PriceItemForm item,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> priceLists.putItem(id, item.toData()))) {
            redirect.addFlashAttribute("message", "priceList.itemSaved");
            return "redirect:/price-lists/" + id;
        }
        return show(id, model);
    }

    @PostMapping("/{id}/items/{itemId}/remove")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        Flash.run(redirect, "priceList.itemRemoved", () -> priceLists.removeItem(id, itemId));
        return "redirect:/price-lists/" + id;
    }

    private String form(Model model) {
        model.addAttribute("tiers", CustomerTier.values());
        model.addAttribute(
                "customers",
                customers
                        .search(CustomerFilter.none(), PageRequest.of(0, 500, Sort.by("name")))
                        .getContent());
        return "pricing/list";
    }
}
