package com.yiti.aftersales;

public enum TicketChannel {
    PHONE,
    EMAIL,
    WECHAT,
    VISIT
}
