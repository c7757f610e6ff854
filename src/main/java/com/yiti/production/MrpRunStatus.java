package com.yiti.production;

/** A planning run: running (it holds the running slot), done, or failed with its error. */
public enum MrpRunStatus {
    RUNNING,
    DONE,
    FAILED
}
