package com.yiti.integration;

import com.yiti.shared.PublishedEvent;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every business event type Yiti publishes, found on the class path (the modules' public records implementing
 * {@link PublishedEvent}), sorted by type: what the broker may carry and the AsyncAPI document describes.
 */
@Component
public class EventCatalogue {

    private volatile List<Class<? extends PublishedEvent>> types;

    /**
     * The event classes, sorted by their type ({@code customer.created}, {@code invoice.issued}, …); the class path is
     * read on first use, not at start.
     */
    public List<Class<? extends PublishedEvent>> types() {
        List<Class<? extends PublishedEvent>> found = types;
        if (found == null) {
            found = scan();
            types = found;
        }
        return found;
    }

    /**
     * The CloudEvents type of an event type: {@code com.yiti.order.confirmed.v1}. Every type is on version 1 of its
     * data: components are only ever added; a change of meaning would be a new type.
     */
    public static String cloudEventType(String eventType) {
        return "com.yiti." + eventType + ".v1";
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends PublishedEvent>> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PublishedEvent.class));
        ClassLoader loader = EventCatalogue.class.getClassLoader();
        return scanner.findCandidateComponents("com.yiti").stream()
                .<Class<? extends PublishedEvent>>map(candidate -> (Class<? extends PublishedEvent>)
                        ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
                .filter(Class::isRecord)
                .sorted(Comparator.comparing(type -> PublishedEvent.typeOf(type)))
                .toList();
    }
}
