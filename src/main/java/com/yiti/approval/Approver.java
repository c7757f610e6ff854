package com.yiti.approval;

import com.yiti.platform.Role;

/**
 * Who approves at a step: a user, every holder of a role (one of them decides for the role), the head of the
 * submitter's department, or the head one level up (decision 050). Written {@code USER:12}, {@code ROLE:MANAGER},
 * {@code SUBMITTER_MANAGER} (the department head; the name of the sales-team era is kept in stored flows),
 * {@code HEAD_ABOVE}.
 */
public record Approver(Kind kind, Long userId, Role role) {

    public enum Kind {
        USER,
        ROLE,
        SUBMITTER_MANAGER,
        HEAD_ABOVE
    }

    public static Approver user(long id) {
        return new Approver(Kind.USER, id, null);
    }

    public static Approver role(Role role) {
        return new Approver(Kind.ROLE, null, role);
    }

    public static Approver submitterManager() {
        return new Approver(Kind.SUBMITTER_MANAGER, null, null);
    }

    public static Approver headAbove() {
        return new Approver(Kind.HEAD_ABOVE, null, null);
    }

    public String code() {
        return switch (kind) {
            case USER -> "USER:" + userId;
            case ROLE -> "ROLE:" + role.name();
            case SUBMITTER_MANAGER -> "SUBMITTER_MANAGER";
            case HEAD_ABOVE -> "HEAD_ABOVE";
        };
    }

    public static Approver parse(String code) {
        String c = code.strip();
        if (c.equals("SUBMITTER_MANAGER")) {
            return submitterManager();
        }
        if (c.equals("HEAD_ABOVE")) {
            return headAbove();
        }
        if (c.startsWith("USER:")) {
            return user(Long.parseLong(c.substring(5)));
        }
        if (c.startsWith("ROLE:")) {
            return role(Role.valueOf(c.substring(5)));
        }
        throw new IllegalArgumentException("approver " + code);
    }
}
