package com.yiti.opportunity;

public enum ActivityType {
    CALL,
    MEETING,
    VISIT,
    NOTE,
    FOLLOW_UP
}
