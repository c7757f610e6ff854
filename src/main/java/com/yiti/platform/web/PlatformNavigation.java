package com.yiti.platform.web;

import com.yiti.platform.NavigationItem;
import com.yiti.platform.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("home", "nav.home", "/", Set.of(), 0);
    }

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("users", "nav.users", "/admin/users", Set.of(Role.ADMIN), 900);
    }

    @Bean
    NavigationItem rolesNavigation() {
        return new NavigationItem("roles", "nav.roles", "/admin/roles", Set.of(Role.ADMIN), 912);
    }

    @Bean
    NavigationItem departmentsNavigation() {
        return new NavigationItem("departments", "nav.departments", "/admin/departments", Set.of(Role.ADMIN), 910);
    }

    /** First-run checklist: someone besides the administrator can sign in (a sales rep, warehouse, finance …). */
    @Bean
    com.yiti.platform.SetupStep usersStep(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new com.yiti.platform.SetupStep(
                "users",
                50,
                "setup.step.users",
                "setup.hint.users",
                "/admin/users",
                () -> !jdbc.queryForList(
                                "select u.id from plt_user u join plt_user_role r on r.user_id = u.id"
                                        + " where u.enabled = true and r.role <> 'ADMIN' limit 1",
                                Long.class)
                        .isEmpty());
    }

    @Bean
    NavigationItem securityLogNavigation() {
        return new NavigationItem("security-log", "nav.securityLog", "/admin/security-log", Set.of(Role.ADMIN), 920);
    }
}
