package com.yiti.order.spi;

/** Pass, or hold with a reason the rep sees (a message code and its arguments). */
public record CreditDecision(boolean hold, String reasonKey, java.util.List<String> reasonArgs) {

    public static CreditDecision pass() {
        return new CreditDecision(false, null, java.util.List.of());
    }

    public static CreditDecision hold(String reasonKey, String... args) {
        return new CreditDecision(true, reasonKey, java.util.List.of(args));
    }
}
