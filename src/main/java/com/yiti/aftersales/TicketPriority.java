package com.yiti.aftersales;

public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
