package com.yiti.platform;

import java.util.Set;

/**
 * Which owners' CRM records a user may see, and whether they may change them: the one row-level rule every sales
 * module applies in its queries. Worked out from the data scope ADMIN chose for the user's sales roles ({@link DataScope},
 * decision 050; by default SALES_REP: their own; SALES_MANAGER: their department's and those below; MANAGER: all,
 * read-only). ADMIN: all.
 * Anyone else: none.
 */
public record SalesScope(boolean all, boolean readOnly, Set<Long> ownerIds) {

    public SalesScope {
        ownerIds = Set.copyOf(ownerIds);
    }

    public boolean includes(Long ownerId) {
        return all || (ownerId != null && ownerIds.contains(ownerId));
    }

    public boolean canWrite(Long ownerId) {
        return !readOnly && includes(ownerId);
    }

    public boolean none() {
        return !all && ownerIds.isEmpty();
    }
}
