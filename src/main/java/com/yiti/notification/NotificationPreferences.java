package com.yiti.notification;

import com.yiti.notification.internal.Channel;
import com.yiti.notification.internal.Channels;
import com.yiti.notification.internal.Preference;
import com.yiti.notification.internal.Preferences;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice of the channels that carry each kind of notification besides the bell (decision 051): e-mail to
 * his address, and the robots and webhooks ADMIN switched on. A user reads and changes only his own.
 */
@Service
@Transactional
public class NotificationPreferences {

    public static final String EMAIL = "EMAIL";

    private final Preferences preferences;
    private final Channels channels;
    private final UserDirectory directory;

    NotificationPreferences(Preferences preferences, Channels channels, UserDirectory directory) {
        this.preferences = preferences;
        this.channels = channels;
        this.directory = directory;
    }

    /** What the signed-in user may choose: e-mail and every enabled channel, code → name. */
    @Transactional(readOnly = true)
    public Map<String, String> options() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(EMAIL, EMAIL);
        channels.findAllByOrderByName().stream()
                .filter(Channel::isEnabled)
                .forEach(c -> out.put("CHANNEL:" + c.getId(), c.getName()));
        return out;
    }

    /** The signed-in user's channels per kind (a kind not chosen yet: the bell only). */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Set<String>> mine() {
        CurrentUser me = directory.require();
        Map<NotificationKind, Set<String>> out = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            out.put(k, Set.of());
        }
        preferences.findByUserId(me.id()).forEach(p -> out.put(p.getKind(), p.channels()));
        return out;
    }

    /** Sets the signed-in user's channels for one kind; an unknown or switched-off channel is refused. */
    public Map<NotificationKind, Set<String>> choose(NotificationKind kind, Set<String> codes) {
        if (kind == null) {
            throw new BusinessRuleException("kind", "field.required");
        }
        Set<String> chosen = new LinkedHashSet<>(codes == null ? Set.of() : codes);
        Map<String, String> allowed = options();
        for (String code : chosen) {
            if (!allowed.containsKey(code)) {
                throw new BusinessRuleException("channels", "notification.channel.unknown", code);
            }
        }
        CurrentUser me = directory.require();
        Preference p = preferences
                .findByUserIdAndKind(me.id(), kind)
                .orElseGet(() -> preferences.save(new Preference(me.id(), kind)));
        p.setChannels(chosen);
        preferences.flush();
        return mine();
    }
}
