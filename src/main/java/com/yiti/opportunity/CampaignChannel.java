package com.yiti.opportunity;

public enum CampaignChannel {
    EMAIL,
    WECHAT,
    TRADE_SHOW,
    ONLINE_ADS,
    EVENT,
    OTHER
}
