package com.yiti.approval;

/** A step passes when ANY one of its approvers approves, or when ALL of them have. */
public enum StepMode {
    ANY,
    ALL
}
