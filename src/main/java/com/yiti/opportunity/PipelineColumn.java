package com.yiti.opportunity;

import java.math.BigDecimal;
import java.util.List;

/** A column of the pipeline board: every opportunity of the stage counted, the first cards shown. */
public record PipelineColumn(
        Stage stage, long count, BigDecimal amount, BigDecimal weightedAmount, List<OpportunityView> cards) {

    public boolean truncated() {
        return cards.size() < count;
    }
}
