package com.yiti.setup;

/**
 * What heads and signs a printed document: the company profile, its logo and seal as data URIs (null when not
 * uploaded), for {@code templates/print/layout.html}.
 */
public record Letterhead(CompanyView company, String logo, String seal) {}
