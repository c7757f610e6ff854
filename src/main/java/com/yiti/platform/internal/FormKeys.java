package com.yiti.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form a page posts (beside Spring Security's CSRF token) a one-time key, so that a double click or a
 * resubmitted page does its work once ({@link IdempotencyFilter}). Wraps the application's RequestDataValueProcessor,
 * which Thymeleaf asks for the hidden fields of each {@code th:action} form.
 */
@Component
class FormKeys implements BeanPostProcessor {

    private static final String METHOD = FormKeys.class.getName() + ".method";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof WithFormKey)) {
            return new WithFormKey(processor);
        }
        return bean;
    }

    static final class WithFormKey implements RequestDataValueProcessor {

        private final RequestDataValueProcessor delegate;

        WithFormKey(RequestDataValueProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            request.setAttribute(METHOD, httpMethod);
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Object method = request.getAttribute(METHOD);
            request.removeAttribute(METHOD);
            Map<String, String> fields = delegate.getExtraHiddenFields(request);
            if (method == null || !"post".equalsIgnoreCase(method.toString()) || !signedIn()) {
                // only a signed-in user's posts are made once (the sign-in page stays the same for everyone)
                return fields;
            }
            Map<String, String> withKey = new LinkedHashMap<>(fields == null ? Map.of() : fields);
            withKey.put(IdempotencyFilter.FORM_KEY, UUID.randomUUID().toString());
            return withKey;
        }

        private static boolean signedIn() {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            return auth != null
                    && auth.isAuthenticated()
                    && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
