package com.yiti.platform;

import java.time.LocalDate;
import java.util.List;

/** What ADMIN enters for an API client: a name, the user it acts as, its scopes, an optional expiry and rate limit. */
public record ApiClientData(
        String name, String username, List<String> scopes, LocalDate expiresOn, Integer ratePerMinute) {

    public ApiClientData {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
