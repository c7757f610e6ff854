package com.yiti.aftersales;

public enum TicketType {
    QUESTION,
    COMPLAINT,
    REPAIR,
    RETURN,
    INSTALLATION
}
