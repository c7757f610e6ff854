package com.yiti.order.web;

import com.yiti.inventory.LotView;
import com.yiti.order.LotTraces;
import com.yiti.shared.Paging;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Trace a lot or serial number: find it by its number, then where it came from and who got it. */
@Controller
class TraceController {

    private final LotTraces traces;

    TraceController(LotTraces traces) {
        this.traces = traces;
    }

    @GetMapping("/trace")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q);
        Page<LotView> found = q == null || q.isBlank()
                ? Page.empty()
                : traces.search(q, Paging.of(page, 20, null, Set.of(), Sort.by(Sort.Order.desc("id"))));
        if (found.getTotalElements() == 1 && found.getContent().get(0).number().equalsIgnoreCase(q.trim())) {
            return "redirect:/trace/lots/" + found.getContent().get(0).id();
        }
        model.addAttribute("lots", found);
        return "order/trace-search";
    }

    @GetMapping("/trace/lots/{id}")
    String lot(@PathVariable long id, Model model) {
        model.addAttribute("trace", traces.trace(id));
        return "order/trace";
    }
}
