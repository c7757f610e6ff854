package com.yiti.platform.web;

import com.yiti.platform.internal.SecondFactor;
import com.yiti.platform.internal.SecondFactorSignIn;
import com.yiti.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: the code step of signing in ({@code /login/second-factor}) and the user's own enrolment of an
 * authenticator app ({@code /profile/second-factor}).
 */
@Controller
class SecondFactorController {

    /** The enrolment under way: its secret stays in the session until a first code confirms it. */
    static final String ENROLMENT = SecondFactorController.class.getName() + ".enrolment";

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    // ---- signing in ----------------------------------------------------------------------------------------------

    @GetMapping("/login/second-factor")
    String codeForm(HttpServletRequest request, Model model) {
        String username = SecondFactorSignIn.waiting(request);
        if (username == null) {
            return "redirect:/login";
        }
        SecondFactor.Status status = secondFactor.status(username);
        model.addAttribute("authenticatorApp", status.authenticatorApp());
        model.addAttribute("hasPasskeys", !status.passkeys().isEmpty());
        return "platform/second-factor-code";
    }

    @PostMapping("/login/second-factor")
    String code(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response) {
        String username = SecondFactorSignIn.waiting(request);
        if (username == null) {
            return "redirect:/login";
        }
        try {
            if (secondFactor.verify(username, code, request.getRemoteAddr())) {
                return "redirect:" + SecondFactorSignIn.complete(request, response);
            }
        } catch (BusinessRuleException throttled) {
            return "redirect:/login/second-factor?throttled";
        }
        return "redirect:/login/second-factor?error";
    }

    // ---- enrolment -----------------------------------------------------------------------------------------------

    @GetMapping("/profile/second-factor")
    String status(Model model, Principal principal, HttpSession session) {
        model.addAttribute("status", secondFactor.status(principal.getName()));
        model.addAttribute("enrolment", session.getAttribute(ENROLMENT));
        return "platform/second-factor";
    }

    @PostMapping("/profile/second-factor/passkeys/{id}/remove")
    String removePasskey(
            @org.springframework.web.bind.annotation.PathVariable String id,
            Principal principal,
            RedirectAttributes redirect) {
        secondFactor.removePasskey(principal.getName(), id);
        redirect.addFlashAttribute("message", "passkey.removed");
        return "redirect:/profile/second-factor";
    }

    @PostMapping("/profile/second-factor/start")
    String start(Principal principal, HttpSession session, RedirectAttributes redirect) {
        try {
            session.setAttribute(ENROLMENT, secondFactor.startEnrolment(principal.getName()));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
        }
        return "redirect:/profile/second-factor";
    }

    @PostMapping("/profile/second-factor/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String code,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        Object started = session.getAttribute(ENROLMENT);
        String secret = started instanceof SecondFactor.Enrolment e ? e.secret() : null;
        try {
            List<String> codes = secondFactor.confirmEnrolment(principal.getName(), secret, code);
            session.removeAttribute(ENROLMENT);
            session.removeAttribute(SecondFactorSignIn.MUST_ENROL);
            session.removeAttribute(SecondFactorSignIn.ENROL_BY);
            // the user just proved the authenticator: this session counts as signed in with it
            SecondFactorSignIn.markPassed(
                    request, response, SecurityContextHolder.getContext().getAuthentication());
            redirect.addFlashAttribute("recoveryCodes", codes);
            redirect.addFlashAttribute("message", "secondFactor.enrolled");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
        }
        return "redirect:/profile/second-factor";
    }
}
