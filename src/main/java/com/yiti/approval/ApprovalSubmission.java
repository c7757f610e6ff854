package com.yiti.approval;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A document submitted for approval by its module: its type and id, the reference and page people know it by, the
 * amount the flow's conditions look at, and facts to show the approvers (supplier, discount, margin…).
 */
public record ApprovalSubmission(
        String documentType,
        long documentId,
        String documentRef,
        String link,
        BigDecimal amount,
        Map<String, String> facts) {}
