package com.yiti.integration.web;

import com.yiti.integration.DeliveryStatus;
import com.yiti.integration.WebhookManagement;
import com.yiti.integration.WebhookView;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN's webhook pages: the list, the form, one webhook with its deliveries (send again, test, new secret). */
@Controller
class WebhookAdminController {

    private final WebhookManagement webhooks;

    WebhookAdminController(WebhookManagement webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhooks")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("webhooks", webhooks.list(PageRequest.of(Math.max(page, 0), 50)));
        return "integration/webhooks";
    }

    @GetMapping("/admin/webhooks/new")
    String newForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WebhookForm());
        }
        model.addAttribute("types", webhooks.eventTypes());
        return "integration/webhook-form";
    }

    @PostMapping("/admin/webhooks")
    String create(
            @ModelAttribute("form") WebhookForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> webhooks.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "webhook.saved");
            return "redirect:/admin/webhooks/" + created.get().id();
        }
        return newForm(model);
    }

    @GetMapping("/admin/webhooks/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("webhook", webhooks.get(id));
        model.addAttribute("deliveries", webhooks.deliveries(id, status, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", DeliveryStatus.values());
        return "integration/webhook";
    }

    @GetMapping("/admin/webhooks/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        WebhookView w = webhooks.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.of(w));
        }
        model.addAttribute("webhook", w);
        model.addAttribute("types", webhooks.eventTypes());
        return "integration/webhook-form";
    }

    @PostMapping("/admin/webhooks/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") WebhookForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> webhooks.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "webhook.saved");
            return "redirect:/admin/webhooks/" + id;
        }
        return edit(id, model);
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "webhook.deleted", () -> webhooks.delete(id));
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String rotate(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "webhook.secretRotated", () -> webhooks.rotateSecret(id));
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "webhook.testQueued", () -> webhooks.sendTest(id));
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/replay")
    String replay(@PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
        Flash.run(redirect, "webhook.replayed", () -> webhooks.replay(id, deliveryId));
        return "redirect:/admin/webhooks/" + id;
    }
}
