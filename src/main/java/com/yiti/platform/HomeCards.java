package com.yiti.platform;

import java.util.List;

/**
 * Cards about the signed-in user's own work, shown on their home page above the task inbox. Contributed by the
 * dashboard module, so the platform depends on nobody.
 */
public interface HomeCards {

    List<HomeCard> cardsFor(CurrentUser user);

    /**
     * One card: a title, a figure, a line of detail (message key and arguments, may be null) and the list behind it.
     * {@code warn} highlights a figure that needs attention.
     */
    record HomeCard(
            String id,
            String titleKey,
            String value,
            String detailKey,
            List<String> detailArgs,
            String link,
            boolean warn) {

        public HomeCard {
            detailArgs = detailArgs == null ? List.of() : List.copyOf(detailArgs);
        }
    }
}
