package com.yiti.notification.web;

import com.yiti.notification.ChannelData;
import com.yiti.notification.ChannelKind;
import com.yiti.notification.ChannelView;
import com.yiti.notification.NotificationChannels;
import com.yiti.notification.NotificationKind;
import com.yiti.notification.NotificationPreferences;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where notifications reach me (every user), and ADMIN's robots, webhooks and delivery log. */
@Controller
class NotificationSettingsController {

    private final NotificationPreferences preferences;
    private final NotificationChannels channels;

    NotificationSettingsController(NotificationPreferences preferences, NotificationChannels channels) {
        this.preferences = preferences;
        this.channels = channels;
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("mine", preferences.mine());
        model.addAttribute("options", preferences.options());
        return "notification/settings";
    }

    @PostMapping("/notifications/settings/{kind}")
    String choose(
            @PathVariable NotificationKind kind,
            @RequestParam(required = false) List<String> channels,
            RedirectAttributes redirect) {
        try {
            preferences.choose(kind, channels == null ? Set.of() : Set.copyOf(channels));
            redirect.addFlashAttribute("message", "notification.settings.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
            redirect.addFlashAttribute("flashErrorArgs", e.args());
        }
        return "redirect:/notifications/settings";
    }

    @GetMapping("/admin/notification-channels")
    String channels(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("channels", channels.list());
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("editing", edit == null ? null : channels.get(edit));
        model.addAttribute("deliveries", channels.deliveries(PageRequest.of(0, 50)));
        return "notification/channels";
    }

    @PostMapping("/admin/notification-channels")
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) Long version,
            @RequestParam String name,
            @RequestParam(required = false) ChannelKind kind,
            @RequestParam String url,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        ChannelData data = new ChannelData(name, kind, url, enabled);
        try {
            ChannelView saved =
                    id == null ? channels.create(data) : channels.update(id, version == null ? -1 : version, data);
            redirect.addFlashAttribute("message", "notification.channel.saved");
            return "redirect:/admin/notification-channels#channel-" + saved.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
            redirect.addFlashAttribute("flashErrorArgs", e.args());
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("flashError", "record.changedByOther");
        }
        return id == null
                ? "redirect:/admin/notification-channels"
                : "redirect:/admin/notification-channels?edit=" + id;
    }
}
