package com.yiti.aftersales;

/** What a complaint was traced to; production and supplier causes become tasks for those departments. */
public enum RootCause {
    DESIGN,
    PRODUCTION,
    SUPPLIER,
    TRANSPORT,
    USAGE
}
