package com.yiti.platform;

import java.util.Set;

/**
 * Which owners' CRM records a user may see, and whether they may change them: the one row-level rule every sales
 * module applies in its queries. SALES_REP: their own. SALES_MANAGER: their own and their teams'. ADMIN: all.
 * MANAGER: all, read-only. Anyone else: none.
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
