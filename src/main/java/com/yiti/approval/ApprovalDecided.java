package com.yiti.approval;

/**
 * A request was decided: approved by its last step, or rejected at one (with the comment). Published in the deciding
 * transaction; the document's module listens and unlocks or applies the decision.
 */
public record ApprovalDecided(
        long requestId,
        String documentType,
        long documentId,
        String documentRef,
        boolean approved,
        String comment,
        String decidedBy) {

    public ApprovalDecided(
            long requestId,
            String documentType,
            long documentId,
            String documentRef,
            boolean approved,
            String comment) {
        this(requestId, documentType, documentId, documentRef, approved, comment, null);
    }
}
