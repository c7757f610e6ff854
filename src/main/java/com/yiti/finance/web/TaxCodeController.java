package com.yiti.finance.web;

import com.yiti.finance.TaxCodeManagement;
import com.yiti.shared.web.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tax classification codes per product (税收分类编码), for the VAT invoice requests. */
@Controller
class TaxCodeController {

    private final TaxCodeManagement codes;

    TaxCodeController(TaxCodeManagement codes) {
        this.codes = codes;
    }

    @GetMapping("/finance/tax-codes")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute(
                "codes", codes.list(q, PageRequest.of(page == null ? 0 : Math.max(0, page), 25, Sort.by("sku"))));
        model.addAttribute("q", q);
        return "finance/tax-codes";
    }

    @PostMapping("/finance/tax-codes/{productId}")
    String save(
            @PathVariable long productId,
            @RequestParam long version,
            @RequestParam(required = false) String taxCode,
            @RequestParam(required = false) String shortName,
            @RequestParam(required = false) String q,
            RedirectAttributes redirect) {
        Flash.run(redirect, "taxCode.saved", () -> codes.save(productId, version, taxCode, shortName));
        return "redirect:/finance/tax-codes"
                + (q == null || q.isBlank()
                        ? ""
                        : "?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
    }
}
