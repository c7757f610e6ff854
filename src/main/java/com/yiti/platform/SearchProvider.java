package com.yiti.platform;

import java.util.List;

/**
 * One module's part of the top bar's search. Each module finds its own records (document numbers, names, SKUs) that
 * the signed-in user may see, within that user's scope, and links each hit to its page; the search page shows them
 * all. A module answers nothing for a role that may not open its pages.
 */
public interface SearchProvider {

    /** The hits for a query of at least two characters, at most {@code limit}. */
    List<Hit> search(String query, CurrentUser user, int limit);

    /** A hit: its kind (a message key), what it is called, a line of detail, and the page it opens. */
    record Hit(String kindKey, String title, String detail, String link) {}
}
