package com.yiti.opportunity;

import java.math.BigDecimal;
import java.time.Instant;

/** One move of an opportunity between stages: the basis of win rate and velocity. */
public record StageChangeView(Stage from, Stage to, BigDecimal amount, String changedBy, Instant changedAt) {}
