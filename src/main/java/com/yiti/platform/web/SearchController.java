package com.yiti.platform.web;

import com.yiti.platform.CurrentUser;
import com.yiti.platform.SearchProvider;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The top bar's search for every role: document numbers (SO-, QT-, INV-, PAY-, PO-, TK-, RMA-), customers and
 * contacts, products by SKU or name, suppliers — each module answering for what the user may see.
 */
@Controller
class SearchController {

    static final int PER_MODULE = 10;

    private final List<SearchProvider> providers;
    private final UserDirectory directory;

    SearchController(List<SearchProvider> providers, UserDirectory directory) {
        this.providers = providers;
        this.directory = directory;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, HttpServletRequest request) {
        String query = q == null ? "" : q.trim();
        List<SearchProvider.Hit> hits = new ArrayList<>();
        if (query.length() >= 2 && query.length() <= 100) {
            CurrentUser user = directory.require();
            providers.forEach(p -> hits.addAll(p.search(query, user, PER_MODULE)));
        }
        model.addAttribute("q", q);
        model.addAttribute("hits", hits);
        return Htmx.view(request, "platform/search", "hits");
    }
}
