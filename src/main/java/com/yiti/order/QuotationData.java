package com.yiti.order;

import java.time.LocalDate;

public record QuotationData(Long customerId, Long opportunityId, Long warehouseId, LocalDate validUntil, String note) {}
