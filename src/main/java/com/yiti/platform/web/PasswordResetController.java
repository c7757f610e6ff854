package com.yiti.platform.web;

import com.yiti.platform.internal.PasswordResets;
import com.yiti.shared.web.FormSubmission;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind an e-mailed password-reset link (open to anyone holding the link): choose a password, then sign in
 * with it. A used, expired or unknown link says so and changes nothing.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password-reset/{token}")
    String form(@PathVariable String token, Model model) {
        var username = resets.usernameFor(token);
        if (username.isEmpty()) {
            return "platform/password-reset-invalid";
        }
        model.addAttribute("username", username.get());
        model.addAttribute("token", token);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewPasswordForm());
        }
        return "platform/password-reset";
    }

    @PostMapping("/password-reset/{token}")
    String reset(
            @PathVariable String token,
            @Valid @ModelAttribute("form") NewPasswordForm form,
            BindingResult result,
            Model model) {
        if (resets.usernameFor(token).isEmpty()) {
            return "platform/password-reset-invalid";
        }
        if (FormSubmission.run(result, () -> resets.redeem(token, form.getNewPassword()))) {
            return "redirect:/login?passwordSet";
        }
        return form(token, model);
    }
}
