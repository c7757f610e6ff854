package com.yiti.platform.web;

import com.yiti.platform.ApiClientData;
import com.yiti.platform.ApiClientView;
import com.yiti.platform.internal.ApiClientService;
import com.yiti.shared.PageResponse;
import com.yiti.shared.web.FormSubmission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: keys for other systems (API clients), on a page and as {@code /api/v1/clients}. */
@Controller
@Tag(name = "API clients")
class AdminApiClientController {

    private final ApiClientService clients;

    AdminApiClientController(ApiClientService clients) {
        this.clients = clients;
    }

    @GetMapping("/admin/api-clients")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ApiClientForm());
        }
        model.addAttribute("clients", clients.list(PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("scopes", clients.scopes());
        model.addAttribute("usernames", clients.usernames());
        return "admin/api-clients";
    }

    @PostMapping("/admin/api-clients")
    String issue(
            @ModelAttribute("form") ApiClientForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var issued = FormSubmission.submit(result, () -> clients.issue(form.toData()));
        if (issued.isPresent()) {
            // the key is shown once: only its text and its client's name travel in the flash (kept in the session)
            redirect.addFlashAttribute("issuedKey", issued.get().key());
            redirect.addFlashAttribute("issuedName", issued.get().name());
            return "redirect:/admin/api-clients";
        }
        return page(0, model);
    }

    @PostMapping("/admin/api-clients/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        clients.revoke(id);
        redirect.addFlashAttribute("message", "apiClient.revoked");
        return "redirect:/admin/api-clients";
    }

    @GetMapping("/api/v1/clients")
    @ResponseBody
    @Operation(summary = "ADMIN: the API clients' keys (never the keys themselves), newest first")
    PageResponse<ApiClientView> apiList(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                clients.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))), c -> c);
    }

    @PostMapping("/api/v1/clients")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "ADMIN, signed in with the second factor (a key cannot issue keys): issue a client key")
    ApiClientView apiIssue(@RequestBody ApiClientData body) {
        return clients.issue(body);
    }

    @DeleteMapping("/api/v1/clients/{id}")
    @ResponseBody
    @Operation(summary = "ADMIN: revoke a client key at once")
    ApiClientView apiRevoke(@PathVariable long id) {
        return clients.revoke(id);
    }
}
