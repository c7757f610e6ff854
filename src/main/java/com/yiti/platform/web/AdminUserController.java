package com.yiti.platform.web;

import com.yiti.platform.Role;
import com.yiti.platform.internal.User;
import com.yiti.platform.internal.UserAdministration;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.Paging;
import com.yiti.shared.web.FormSubmission;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.ZoneId;
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

/** ADMIN: users — list and search, create, edit roles and department, disable, reset password, change history. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private static final Set<String> SORTABLE = Set.of("username", "displayName");
    private static final List<String> TIME_ZONES = List.of(
            "Asia/Shanghai",
            "Asia/Hong_Kong",
            "Asia/Taipei",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Europe/Berlin",
            "Europe/London",
            "America/New_York",
            "America/Los_Angeles",
            "UTC");

    private final UserAdministration admin;

    private final com.yiti.platform.internal.SecondFactor secondFactor;

    private final com.yiti.platform.internal.PasswordResets resets;

    AdminUserController(
            UserAdministration admin,
            com.yiti.platform.internal.SecondFactor secondFactor,
            com.yiti.platform.internal.PasswordResets resets) {
        this.admin = admin;
        this.resets = resets;
        this.secondFactor = secondFactor;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("timeZones")
    List<String> timeZones() {
        return TIME_ZONES;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        model.addAttribute("users", admin.search(q, Paging.of(page, 20, sort, SORTABLE, Sort.by("username"))));
        model.addAttribute("departments", admin.departments());
        return Htmx.view(request, "admin/users", "results");
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getUsername() == null || form.getUsername().isBlank()) {
            result.rejectValue("username", "field.required");
        }
        var created = FormSubmission.submit(result, () -> admin.create(form.getUsername(), form.toDetails()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("newPassword", created.get().initialPassword());
            redirect.addFlashAttribute("message", "user.created");
            return "redirect:/admin/users/" + created.get().id();
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        User user = admin.get(id);
        model.addAttribute("form", UserForm.of(user));
        return form(model, user);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            Principal principal,
            RedirectAttributes redirect) {
        User user = admin.get(id);
        if (FormSubmission.run(
                result, () -> admin.update(id, form.getVersion(), form.toDetails(), principal.getName()))) {
            redirect.addFlashAttribute("message", "user.saved");
            return "redirect:/admin/users/" + id;
        }
        form.setUsername(user.getUsername());
        return form(model, user);
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newPassword", admin.resetPassword(id));
        redirect.addFlashAttribute("message", "user.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    /** E-mails the user a one-time link to choose a password (instead of a password handed over by hand). */
    @PostMapping("/{id}/reset-link")
    String sendResetLink(@PathVariable long id, RedirectAttributes redirect) {
        com.yiti.shared.web.Flash.run(redirect, "user.resetLink.sent", () -> resets.sendLink(id));
        return "redirect:/admin/users/" + id;
    }

    /** The user lost the phone: the authenticator and recovery codes go, the user is signed out and told. */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        secondFactor.reset(id, principal.getName());
        redirect.addFlashAttribute("message", "secondFactor.wasReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @PathVariable long id, @RequestParam boolean enabled, Principal principal, RedirectAttributes redirect) {
        try {
            admin.setEnabled(id, enabled, principal.getName());
            redirect.addFlashAttribute("message", enabled ? "user.enabledMessage" : "user.disabledMessage");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
        }
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("user", admin.get(id));
        model.addAttribute("revisions", admin.history(id));
        return "admin/user-history";
    }

    private String form(Model model, User user) {
        model.addAttribute("user", user);
        model.addAttribute(
                "hasSecondFactor",
                user != null && secondFactor.status(user.getUsername()).enrolled());
        model.addAttribute("departments", admin.departments());
        model.addAttribute("defaultZone", ZoneId.of("Asia/Shanghai"));
        return "admin/user-form";
    }
}
