package com.yiti.customer;

import java.util.List;

/**
 * A new customer whose normalized name matches existing ones: the user sees the matches and confirms (or not).
 * Matches outside the user's scope are counted but not named.
 */
public class DuplicateCustomerException extends RuntimeException {

    private final transient List<CustomerSummary> visibleMatches;
    private final int hiddenMatches;

    public DuplicateCustomerException(List<CustomerSummary> visibleMatches, int hiddenMatches) {
        super("Possible duplicate customer");
        this.visibleMatches = List.copyOf(visibleMatches);
        this.hiddenMatches = hiddenMatches;
    }

    public List<CustomerSummary> visibleMatches() {
        return visibleMatches;
    }

    public int hiddenMatches() {
        return hiddenMatches;
    }
}
