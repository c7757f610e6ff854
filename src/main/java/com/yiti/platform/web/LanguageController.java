package com.yiti.platform.web;

import com.yiti.platform.internal.AccountService;
import com.yiti.platform.internal.Languages;
import com.yiti.shared.web.Redirects;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switcher: remembered in a cookie, and on the user when signed in. */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final AccountService accounts;

    LanguageController(LocaleResolver localeResolver, AccountService accounts) {
        this.localeResolver = localeResolver;
        this.accounts = accounts;
    }

    @PostMapping("/language")
    String switchLanguage(
            @RequestParam String lang,
            @RequestParam(required = false) String returnTo,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        Languages.parse(lang).ifPresent(locale -> {
            localeResolver.setLocale(request, response, locale);
            if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
                accounts.setLanguage(authentication.getName(), Languages.tag(locale));
            }
        });
        return "redirect:" + Redirects.safeLocalPath(returnTo);
    }
}
