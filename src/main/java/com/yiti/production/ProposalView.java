package com.yiti.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A planning proposal: make (a production order) or buy (a requisition), when to start and when it is due, when it
 * can really be there and why not sooner, and the demands it serves.
 */
public record ProposalView(
        long id,
        long runId,
        long productId,
        String sku,
        String productName,
        String unit,
        long warehouseId,
        String warehouseCode,
        String kind,
        int lowLevelCode,
        BigDecimal quantity,
        LocalDate start,
        LocalDate due,
        BigDecimal proposedQuantity,
        LocalDate proposedDue,
        LocalDate feasibleDate,
        boolean late,
        List<Reason> reasons,
        ProposalStatus status,
        Long documentId,
        String documentNumber,
        String decidedBy,
        Instant decidedAt,
        long version,
        List<Peg> pegs) {

    /** Why a proposal is late or at risk: a message code and its arguments. */
    public record Reason(String code, List<String> args) {}

    /** A demand the proposal serves. */
    public record Peg(
            DemandKind kind,
            BigDecimal quantity,
            LocalDate needDate,
            String reference,
            Long orderLineId,
            Long parentProposalId) {}

    public boolean make() {
        return "MAKE".equals(kind);
    }
}
