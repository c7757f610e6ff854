package com.yiti.platform.web;

import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** ADMIN: the security event log, newest first, filtered by event, user and days. */
@Controller
class SecurityLogController {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final SecurityLog log;

    SecurityLogController(SecurityLog log) {
        this.log = log;
    }

    @GetMapping("/admin/security-log")
    String list(
            @RequestParam(required = false) SecurityEventType type,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("types", SecurityEventType.values());
        model.addAttribute("type", type);
        model.addAttribute("user", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "events",
                log.search(
                        type,
                        user,
                        from == null ? null : from.atStartOfDay(BUSINESS_ZONE).toInstant(),
                        to == null
                                ? null
                                : to.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant(),
                        PageRequest.of(Math.max(page, 0), 50)));
        return "admin/security-log";
    }
}
