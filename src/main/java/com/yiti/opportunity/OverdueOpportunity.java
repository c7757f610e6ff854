package com.yiti.opportunity;

import java.time.LocalDate;

/** An open opportunity whose expected close date has passed. */
public record OverdueOpportunity(long id, long ownerId, String title, LocalDate expectedCloseDate) {}
