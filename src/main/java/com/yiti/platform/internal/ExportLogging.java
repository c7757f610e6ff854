package com.yiti.platform.internal;

import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who exported what: every CSV or Excel export that was served goes to the security log with its filters (the
 * query string), whichever module offers it.
 */
@Configuration(proxyBeanMethods = false)
class ExportLogging implements WebMvcConfigurer {

    private final SecurityLog log;

    ExportLogging(SecurityLog log) {
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(
                    HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                String path = request.getRequestURI();
                if (ex == null
                        && response.getStatus() == HttpServletResponse.SC_OK
                        && (path.endsWith(".csv") || path.endsWith(".xlsx"))) {
                    String query = request.getQueryString();
                    log.record(
                            SecurityEventType.EXPORT,
                            request.getUserPrincipal() == null
                                    ? null
                                    : request.getUserPrincipal().getName(),
                            path + (query == null ? "" : "?" + query));
                }
            }
        });
    }
}
