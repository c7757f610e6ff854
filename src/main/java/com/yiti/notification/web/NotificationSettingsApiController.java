package com.yiti.notification.web;

import com.yiti.notification.ChannelData;
import com.yiti.notification.ChannelView;
import com.yiti.notification.DeliveryView;
import com.yiti.notification.NotificationChannels;
import com.yiti.notification.NotificationKind;
import com.yiti.notification.NotificationPreferences;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's channels per kind; ADMIN's robots and webhooks and the delivery log (decision 051). */
@RestController
@Tag(name = "Notifications", description = "What the caller was told; mark read")
class NotificationSettingsApiController {

    private final NotificationPreferences preferences;
    private final NotificationChannels channels;

    NotificationSettingsApiController(NotificationPreferences preferences, NotificationChannels channels) {
        this.preferences = preferences;
        this.channels = channels;
    }

    @GetMapping("/api/v1/notifications/preferences")
    @Operation(summary = "The caller's channels besides the bell, per kind, and the channels he may choose")
    Map<String, Object> preferences() {
        return Map.of("preferences", preferences.mine(), "options", preferences.options());
    }

    record Choice(Set<String> channels) {}

    @PutMapping("/api/v1/notifications/preferences/{kind}")
    @Operation(summary = "Choose the channels for one kind: EMAIL and CHANNEL:<id> codes")
    Map<NotificationKind, Set<String>> choose(@PathVariable NotificationKind kind, @RequestBody Choice body) {
        return preferences.choose(kind, body == null ? Set.of() : body.channels());
    }

    @GetMapping("/api/v1/notifications/channels")
    @Operation(summary = "The 企业微信 / 钉钉 robots and JSON webhooks notifications may go to (ADMIN)")
    List<ChannelView> channels() {
        return channels.list();
    }

    @PostMapping("/api/v1/notifications/channels")
    @ResponseStatus(HttpStatus.CREATED)
    ChannelView create(@RequestBody ChannelData data) {
        return channels.create(data);
    }

    @PutMapping("/api/v1/notifications/channels/{id}")
    ChannelView update(@PathVariable long id, @RequestParam long version, @RequestBody ChannelData data) {
        return channels.update(id, version, data);
    }

    @GetMapping("/api/v1/notifications/deliveries")
    @Operation(summary = "The delivery log, newest first: every notification sent beyond the bell (ADMIN)")
    PageResponse<DeliveryView> deliveries(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(channels.deliveries(Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }
}
