/**
 * Approvals (审批流, decision 045): flows per document type in versions of ordered steps (approvers: a user, a role, or
 * the submitter's manager; any or all of them; skipped below an amount), the requests business modules submit their
 * documents with — the facts a rule needs, never the document itself — and every decision. Knows no business module:
 * a module submits, and listens for {@link com.yiti.approval.ApprovalDecided}.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "notification"})
package com.yiti.approval;

import org.springframework.modulith.ApplicationModule;
