package com.yiti.notification.web;

import com.yiti.platform.RouteAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone signed in has notifications; the facade shows each only their own. */
@Configuration(proxyBeanMethods = false)
class NotificationRoutes {

    /** ADMIN's robots, webhooks and delivery log (the page is under /admin, ADMIN only). */
    @Bean
    com.yiti.platform.NavigationItem notificationChannelsNavigation() {
        return new com.yiti.platform.NavigationItem(
                "notification-channels",
                "nav.notificationChannels",
                "/admin/notification-channels",
                java.util.EnumSet.of(com.yiti.platform.Role.ADMIN),
                916);
    }

    @Bean
    RouteAuthorization notificationRouteAuthorization() {
        return routes -> routes.requestMatchers("/notifications/**", "/api/v1/notifications/**")
                .authenticated();
    }
}
