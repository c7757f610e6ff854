package com.yiti.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A business event other systems may receive (decision 033): module integration sends it to the message broker as a
 * CloudEvent once the change has committed. Its type is its class's name, the last word the verb
 * ({@code OrderConfirmed} is {@code order.confirmed}); its record components are the message's data, version 1 of its
 * schema. Renaming the class or changing a component's meaning breaks consumers: add a component (consumers ignore
 * what they do not know), or publish a new type.
 */
public interface PublishedEvent {

    /** What the event is about, as people name it: the order's number, the ticket's number. */
    String subject();

    /** The event's type: the routing key and, as {@code com.yiti.<type>.v1}, the CloudEvents type. */
    default String eventType() {
        return typeOf(getClass());
    }

    /** {@code CreditNoteIssued} is {@code credit-note.issued}: the words before the verb, then the verb. */
    static String typeOf(Class<?> type) {
        List<String> words = new ArrayList<>();
        String name = type.getSimpleName();
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            if (i == name.length() || Character.isUpperCase(name.charAt(i))) {
                words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        if (words.size() < 2) {
            throw new IllegalArgumentException("an event's name is a noun and a verb: " + name);
        }
        return String.join("-", words.subList(0, words.size() - 1)) + "." + words.get(words.size() - 1);
    }
}
