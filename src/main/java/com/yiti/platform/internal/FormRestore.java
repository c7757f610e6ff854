package com.yiti.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * After signing in again, the page whose form was refused because the session had expired gets back what was typed
 * (once): the layout writes the kept fields into an inert template and app.js fills the form with that action.
 */
@ControllerAdvice
class FormRestore {

    @ModelAttribute("restoredForm")
    ExpiredSessionHandler.KeptForm restoredForm(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(ExpiredSessionHandler.RESTORE)
                        instanceof ExpiredSessionHandler.KeptForm kept)) {
            return null;
        }
        String here = request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
        if (!here.equals(kept.page()) || !"GET".equals(request.getMethod())) {
            return null;
        }
        session.removeAttribute(ExpiredSessionHandler.RESTORE);
        return kept;
    }
}
