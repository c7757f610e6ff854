package com.yiti.notification.web;

import com.yiti.notification.NotificationCenter;
import com.yiti.notification.NotificationView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications as JSON. */
@RestController
@Tag(name = "Notifications", description = "What the caller was told; mark read")
class NotificationApiController {

    private final NotificationCenter center;

    NotificationApiController(NotificationCenter center) {
        this.center = center;
    }

    @GetMapping("/api/v1/notifications")
    PageResponse<NotificationView> mine(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(center.mine(Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }

    @GetMapping("/api/v1/notifications/unread")
    Map<String, Long> unread() {
        return Map.of("unread", center.unread());
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    NotificationView read(@PathVariable long id) {
        return center.read(id);
    }

    @PostMapping("/api/v1/notifications/read-all")
    Map<String, Integer> readAll() {
        return Map.of("read", center.readAll());
    }
}
