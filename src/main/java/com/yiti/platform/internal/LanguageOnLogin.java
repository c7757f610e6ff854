package com.yiti.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/** At sign-in, the user's saved language wins over whatever the browser or the login page had. */
@Component
class LanguageOnLogin {

    private final AccountService accounts;
    private final LocaleResolver localeResolver;

    LanguageOnLogin(AccountService accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @EventListener
    public void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return;
        }
        HttpServletRequest request = attrs.getRequest();
        HttpServletResponse response = attrs.getResponse();
        String saved = accounts.language(event.getAuthentication().getName());
        Languages.parse(saved).ifPresent(locale -> localeResolver.setLocale(request, response, locale));
    }
}
