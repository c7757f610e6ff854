package com.yiti.platform;

public enum TaskStatus {
    OPEN,
    DONE
}
