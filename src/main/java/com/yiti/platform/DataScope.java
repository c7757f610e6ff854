package com.yiti.platform;

/**
 * Whose records a sales role sees (数据权限, decision 050), chosen per role by ADMIN: the user's own; those of the members
 * of the user's department (the one they belong to and those they head); the same and every department below; all.
 */
public enum DataScope {
    OWN,
    DEPARTMENT,
    DEPARTMENT_AND_BELOW,
    ALL
}
