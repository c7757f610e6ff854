package com.yiti.production;

/**
 * How a made product's output goes into stock: at what each order ACTUAL-ly cost (the default, decision 041), or at
 * its STANDARD cost with the difference posted to the production cost variance (decision 044).
 */
public enum OutputBasis {
    ACTUAL,
    STANDARD
}
