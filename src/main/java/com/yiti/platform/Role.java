package com.yiti.platform;

/** The roles of the brief. A user may hold several. */
public enum Role {
    ADMIN,
    MANAGER,
    SALES_MANAGER,
    SALES_REP,
    WAREHOUSE,
    PRODUCTION,
    PURCHASING,
    FINANCE,
    SERVICE;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
