package com.yiti.automation;

/**
 * One action of a rule: a {@code TASK} or a {@code NOTIFY} for a target — {@code USER:12}, {@code ROLE:FINANCE},
 * {@code OWNER} (the record's owner), {@code OWNER_HEAD} (the head of the owner's department) — or {@code TAG}: the
 * record's customer gets the tag {@code value}.
 */
public record RuleAction(Kind kind, String target, String value) {

    public enum Kind {
        TASK,
        NOTIFY,
        TAG
    }

    /** Written one per line: {@code TASK ROLE:FINANCE}, {@code NOTIFY OWNER_HEAD}, {@code TAG 大客户}. */
    public String line() {
        return kind == Kind.TAG ? "TAG " + value : kind + " " + target;
    }

    public static RuleAction parse(String line) {
        String l = line.strip();
        int space = l.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(l);
        }
        Kind kind;
        try {
            kind = Kind.valueOf(l.substring(0, space));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(l);
        }
        String rest = l.substring(space + 1).strip();
        if (kind == Kind.TAG) {
            if (rest.isEmpty() || rest.length() > 30 || rest.contains(",")) {
                throw new IllegalArgumentException(l);
            }
            return new RuleAction(kind, null, rest);
        }
        if (!(rest.equals("OWNER")
                || rest.equals("OWNER_HEAD")
                || rest.matches("USER:\\d{1,18}")
                || rest.matches("ROLE:[A-Z_]{2,30}"))) {
            throw new IllegalArgumentException(l);
        }
        if (rest.startsWith("ROLE:")) {
            com.yiti.platform.Role.valueOf(rest.substring(5));
        }
        return new RuleAction(kind, rest, null);
    }
}
