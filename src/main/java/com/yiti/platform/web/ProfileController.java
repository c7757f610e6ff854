package com.yiti.platform.web;

import com.yiti.platform.UserDirectory;
import com.yiti.platform.internal.AccountService;
import com.yiti.shared.web.FormSubmission;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: password, language (via the switcher), personal API keys. */
@Controller
class ProfileController {

    private final AccountService accounts;
    private final UserDirectory directory;
    private final com.yiti.platform.internal.SignedInSessions sessions;

    ProfileController(
            AccountService accounts, UserDirectory directory, com.yiti.platform.internal.SignedInSessions sessions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.directory = directory;
    }

    @ModelAttribute("passwordForm")
    ChangePasswordForm passwordForm() {
        return new ChangePasswordForm();
    }

    @ModelAttribute("apiKeyForm")
    ApiKeyForm apiKeyForm() {
        return new ApiKeyForm();
    }

    @GetMapping("/profile")
    String profile(Model model, Principal principal) {
        model.addAttribute("me", directory.require());
        var request = ((org.springframework.web.context.request.ServletRequestAttributes)
                        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes())
                .getRequest();
        var session = request.getSession(false);
        model.addAttribute("devices", sessions.devices(principal.getName(), session == null ? null : session.getId()));
        model.addAttribute("apiKeys", accounts.apiKeys(principal.getName()));
        return "platform/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") ChangePasswordForm form,
            BindingResult result,
            Model model,
            Principal principal,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result,
                () -> accounts.changePassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword()))) {
            redirect.addFlashAttribute("message", "profile.passwordChanged");
            return "redirect:/profile";
        }
        return profile(model, principal);
    }

    /** The strength meter under the new-password field (htmx, while typing): never stores or logs the password. */
    @PostMapping("/profile/password-strength")
    String passwordStrength(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String newPassword,
            Principal principal,
            Model model) {
        model.addAttribute("strength", accounts.passwordStrength(principal.getName(), newPassword));
        model.addAttribute("typed", !newPassword.isEmpty());
        return "platform/profile :: strength";
    }

    @PostMapping("/profile/api-keys")
    String createApiKey(
            @Valid @ModelAttribute("apiKeyForm") ApiKeyForm form,
            BindingResult result,
            Model model,
            Principal principal,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result,
                () -> redirect.addFlashAttribute(
                        "newApiKey", accounts.createApiKey(principal.getName(), form.getName())))) {
            return "redirect:/profile";
        }
        return profile(model, principal);
    }

    /** Signs out one of the user's devices (another browser, a lost phone). */
    @PostMapping("/profile/sessions/{handle}/end")
    String endSession(@PathVariable String handle, Principal principal, RedirectAttributes redirect) {
        if (!sessions.end(principal.getName(), handle)) {
            throw new com.yiti.shared.RecordNotFoundException("Session", handle);
        }
        redirect.addFlashAttribute("message", "profile.deviceSignedOut");
        return "redirect:/profile";
    }

    @PostMapping("/profile/api-keys/{id}/revoke")
    String revokeApiKey(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        accounts.revokeApiKey(principal.getName(), id);
        redirect.addFlashAttribute("message", "profile.apiKeyRevoked");
        return "redirect:/profile";
    }
}
