package com.yiti.opportunity;

public enum LeadSource {
    CAMPAIGN,
    WEBSITE,
    REFERRAL,
    TRADE_SHOW,
    COLD_CALL
}
