package com.yiti.notification;

import com.yiti.notification.internal.Channel;
import com.yiti.notification.internal.Channels;
import com.yiti.notification.internal.Deliveries;
import com.yiti.platform.OutboundTargets;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The robots and webhooks notifications may go to (decision 051), kept by ADMIN: a 企业微信 or 钉钉 group robot's
 * webhook address, or any endpoint taking JSON, checked against the outbound rules (no link-local or metadata
 * addresses, not the application itself). Users then choose them per kind; switching one off stops its deliveries.
 * The delivery log shows every notification sent beyond the bell, with its attempts and last error.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class NotificationChannels {

    private final Channels channels;
    private final Deliveries deliveries;
    private final OutboundTargets targets;

    NotificationChannels(Channels channels, Deliveries deliveries, OutboundTargets targets) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.targets = targets;
    }

    @Transactional(readOnly = true)
    public List<ChannelView> list() {
        return channels.findAllByOrderByName().stream()
                .map(NotificationChannels::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ChannelView get(long id) {
        return view(channels.findById(id).orElseThrow(() -> new RecordNotFoundException("NotificationChannel", id)));
    }

    public ChannelView create(ChannelData data) {
        validate(null, data);
        return view(channels.saveAndFlush(
                new Channel(data.name().strip(), data.kind(), data.url().strip(), data.enabled())));
    }

    public ChannelView update(long id, long expectedVersion, ChannelData data) {
        Channel c = channels.findById(id).orElseThrow(() -> new RecordNotFoundException("NotificationChannel", id));
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("NotificationChannel", id);
        }
        validate(id, data);
        c.change(data.name().strip(), data.kind(), data.url().strip(), data.enabled());
        channels.flush();
        return view(c);
    }

    /** The delivery log, newest first. */
    @Transactional(readOnly = true)
    public Page<DeliveryView> deliveries(Pageable pageable) {
        return deliveries.findAllByOrderByIdDesc(pageable).map(d -> d.view());
    }

    private void validate(Long id, ChannelData data) {
        if (data.name() == null || data.name().isBlank()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (data.name().strip().length() > 100) {
            throw new BusinessRuleException("name", "department.nameLength", 100);
        }
        channels.findByName(data.name().strip())
                .filter(o -> !o.getId().equals(id))
                .ifPresent(o -> {
                    throw new BusinessRuleException("name", "notification.channel.nameTaken");
                });
        if (data.kind() == null) {
            throw new BusinessRuleException("kind", "field.required");
        }
        if (data.url() == null || data.url().isBlank()) {
            throw new BusinessRuleException("url", "field.required");
        }
        if (data.url().strip().length() > 500) {
            throw new BusinessRuleException("url", "department.nameLength", 500);
        }
        targets.check(data.url().strip());
    }

    static ChannelView view(Channel c) {
        return new ChannelView(
                c.getId(), c.getName(), c.getKind(), c.getUrl(), c.isEnabled(), "CHANNEL:" + c.getId(), c.getVersion());
    }
}
