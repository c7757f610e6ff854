package com.yiti.platform.internal;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/** The two UI languages and how a browser's preference maps onto them. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Languages() {}

    /** "en" or "zh-CN" (as stored on the user and sent by the switcher) to a supported locale. */
    public static Optional<Locale> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "en" -> Optional.of(ENGLISH);
            case "zh-cn", "zh" -> Optional.of(CHINESE);
            default -> Optional.empty();
        };
    }

    public static String tag(Locale locale) {
        return CHINESE.getLanguage().equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    /** The first browser language we speak; English otherwise. */
    public static Locale bestMatch(Enumeration<Locale> requested) {
        while (requested != null && requested.hasMoreElements()) {
            Locale l = requested.nextElement();
            if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
