package com.yiti.finance;

import java.util.List;

/** A collection plan for a contract or for an order (one of the two), and its instalments in order. */
public record CollectionPlanData(Long contractId, Long orderId, String note, List<InstalmentData> instalments) {}
