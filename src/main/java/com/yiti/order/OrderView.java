package com.yiti.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record OrderView(
        long id,
        String number,
        long customerId,
        String customerName,
        long ownerId,
        String ownerName,
        Long quotationId,
        Long opportunityId,
        long warehouseId,
        String warehouseCode,
        OrderStatus status,
        String customerReference,
        String note,
        LocalDate promisedDate,
        String holdReason,
        Approval approval,
        String approvedBy,
        BigDecimal netTotal,
        BigDecimal taxTotal,
        BigDecimal grossTotal,
        String currency,
        BigDecimal exchangeRate,
        Instant confirmedAt,
        Instant cancelledAt,
        String cancelReason,
        List<LineView> lines,
        String createdBy,
        Instant createdAt,
        long version,
        Long contractId,
        String contractNumber) {

    private static final String SEPARATOR = "\u001f";

    /** How a hold reason is stored: the message code and its arguments. */
    static String holdReason(String key, List<String> args) {
        String joined = String.join(
                SEPARATOR,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(key), args.stream())
                        .toList());
        return joined.length() > 500 ? key : joined;
    }

    /** The message code of the hold reason (null when not held). */
    public String holdReasonKey() {
        return holdReason == null ? null : holdReason.split(SEPARATOR, -1)[0];
    }

    public Object[] holdReasonArgs() {
        if (holdReason == null) {
            return new Object[0];
        }
        String[] parts = holdReason.split(SEPARATOR, -1);
        return java.util.Arrays.copyOfRange(parts, 1, parts.length);
    }

    /** Confirming waits for a sales manager's decision on the discount. */
    public boolean awaitsApproval() {
        return approval == Approval.REQUIRED || approval == Approval.PENDING || approval == Approval.REJECTED;
    }

    public boolean editable() {
        return status == OrderStatus.DRAFT;
    }

    public boolean cancellable() {
        return status == OrderStatus.DRAFT || status == OrderStatus.CREDIT_HOLD || status.open();
    }

    /** Lines reserved in full (or shipped), of the stocked lines: the "x of y" of the status. */
    public long linesCovered() {
        return lines.stream()
                .filter(l -> l.supply() != LineSupply.SERVICE)
                .filter(l -> l.backorderQuantity().signum() == 0)
                .count();
    }

    public long stockedLines() {
        return lines.stream().filter(l -> l.supply() != LineSupply.SERVICE).count();
    }

    /**
     * Where a confirmation left the order, for API clients (confirm answers 200 in every case): HELD (credit hold,
     * finance decides), BACKORDERED (confirmed, some goods wait for production or purchase), RESERVED (confirmed,
     * every stocked line covered); null before confirmation and once the order is done.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("confirmation")
    public String confirmation() {
        if (status == OrderStatus.CREDIT_HOLD) {
            return "HELD";
        }
        if (!status.open()) {
            return null;
        }
        return linesCovered() < stockedLines() ? "BACKORDERED" : "RESERVED";
    }

    /** An open order with nothing left to ship but services: its rep records them as done (then it is invoiced). */
    public boolean servicesToComplete() {
        return status.open()
                && lines.stream().allMatch(l -> l.supply() == LineSupply.SERVICE || open(l).signum() == 0)
                && lines.stream().anyMatch(l -> l.supply() == LineSupply.SERVICE && open(l).signum() > 0);
    }

    private static java.math.BigDecimal open(LineView l) {
        return l.quantity().subtract(l.shippedQuantity()).subtract(l.cancelledQuantity());
    }
}
