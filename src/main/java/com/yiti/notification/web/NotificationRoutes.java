package com.yiti.notification.web;

import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone signed in has notifications; the facade shows each only their own. */
@Configuration(proxyBeanMethods = false)
class NotificationRoutes {

    @Bean
    RouteAuthorization notificationRouteAuthorization() {
        return routes -> routes.requestMatchers("/notifications/**", "/api/v1/notifications/**")
                .authenticated();
    }
}
