package com.yiti.production;

/** Why units were scrapped at an operation. */
public enum ScrapReason {
    MATERIAL_DEFECT,
    MACHINE,
    OPERATOR,
    SETUP,
    OTHER
}
