package com.yiti.opportunity;

public record QualificationResult(long customerId, long contactId, long opportunityId) {}
