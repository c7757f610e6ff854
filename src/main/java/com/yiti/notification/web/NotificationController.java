package com.yiti.notification.web;

import com.yiti.notification.NotificationCenter;
import com.yiti.notification.NotificationView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bell (its unread count, polled by every page) and the list of what I was told. */
@Controller
class NotificationController {

    private final NotificationCenter center;

    NotificationController(NotificationCenter center) {
        this.center = center;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notifications", center.mine(PageRequest.of(page == null ? 0 : Math.max(0, page), 25)));
        return "notification/list";
    }

    /** The bell's badge (htmx swaps it in every 30 seconds). */
    @GetMapping("/notifications/count")
    String count(Model model) {
        model.addAttribute("unread", center.unread());
        return "notification/list :: badge";
    }

    /** Opens a notification: marked read, then where it leads. */
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        NotificationView n = center.read(id);
        return "redirect:" + (n.link() == null || !n.link().startsWith("/") ? "/notifications" : n.link());
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        center.readAll();
        return "redirect:/notifications";
    }
}
