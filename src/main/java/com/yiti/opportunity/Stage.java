package com.yiti.opportunity;

/** Pipeline stages in order, each with its default win probability. */
public enum Stage {
    PROSPECTING(10),
    QUALIFICATION(20),
    PROPOSAL(50),
    NEGOTIATION(75),
    WON(100),
    LOST(0);

    private final int defaultProbability;

    Stage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }

    public boolean closed() {
        return this == WON || this == LOST;
    }
}
