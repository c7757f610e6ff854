package com.yiti.order;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.CustomerSummary;
import com.yiti.inventory.ProductView;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.Stage;
import com.yiti.order.internal.Quotation;
import com.yiti.order.internal.QuotationLine;
import com.yiti.order.internal.Quotations;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.SalesScope;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotations: drafted by a rep for a customer (from an opportunity or directly), approved by a sales manager when a
 * line is discounted above 15%, sent, then accepted (it becomes an order with the same lines and the opportunity is
 * won), rejected, or expired after its validity date.
 */
@Service
@Transactional
public class QuotationManagement {

    private static final int DEFAULT_VALIDITY_DAYS = 30;

    private final Quotations quotations;
    private final OrderSupport support;
    private final OrderManagement orders;
    private final OpportunityManagement opportunities;
    private final SalesApprovals salesApprovals;
    private final DocumentNumbers numbers;

    QuotationManagement(
            Quotations quotations,
            OrderSupport support,
            OrderManagement orders,
            OpportunityManagement opportunities,
            SalesApprovals salesApprovals,
            DocumentNumbers numbers) {
        this.quotations = quotations;
        this.support = support;
        this.orders = orders;
        this.opportunities = opportunities;
        this.salesApprovals = salesApprovals;
        this.numbers = numbers;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<QuotationView> search(QuotationFilter filter, Pageable pageable) {
        SalesScope scope = support.readScope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        Page<Quotation> page = quotations.findAll(
                OrderSupport.<Quotation>documentSpec(
                        scope, filter.q(), filter.status(), filter.customerId(), filter.ownerId(), "number"),
                pageable);
        return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public QuotationView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** Whether the signed-in user may decide this quotation's pending approval (an approver of its current step). */
    @Transactional(readOnly = true)
    public boolean canApprove(long id) {
        Quotation q = visible(id);
        return q.getApproval() == Approval.PENDING && salesApprovals.canDecide(SalesApprovals.QUOTATION, q.getId());
    }

    // ---- drafting ----------------------------------------------------------------------------------------------

    public QuotationView create(QuotationData data) {
        SalesScope scope = support.writeScope();
        CustomerSummary customer = support.sellableCustomer(data.customerId());
        if (!scope.canWrite(customer.ownerId())) {
            throw new AccessDeniedException("customer outside the writer's scope");
        }
        Quotation q = new Quotation(numbers.next("QT"), customer.id(), customer.ownerId());
        q.inCurrency(customer.currency(), support.rateFor(customer));
        applyHeader(q, data, true);
        quotations.saveAndFlush(q);
        return get(q.getId());
    }

    public QuotationView update(long id, long expectedVersion, QuotationData data) {
        Quotation q = draft(id, expectedVersion);
        if (!q.getCustomerId().equals(data.customerId())) {
            CustomerSummary customer = support.sellableCustomer(data.customerId());
            if (!support.writeScope().canWrite(customer.ownerId())) {
                throw new AccessDeniedException("customer outside the writer's scope");
            }
            if (!customer.currency().equals(q.getCurrency())) {
                if (!q.getLines().isEmpty()) {
                    throw new BusinessRuleException(
                            "customerId", "order.currencyDiffers", customer.currency(), q.getCurrency());
                }
                q.inCurrency(customer.currency(), support.rateFor(customer));
            }
        }
        applyHeader(q, data, false);
        quotations.flush();
        return get(id);
    }

    public QuotationView addLine(long id, long expectedVersion, LineData line) {
        Quotation q = draft(id, expectedVersion);
        boolean pending = q.getApproval() == Approval.PENDING;
        q.addLine(
                line.productId(),
                support.price(line, support.context(q.getCustomerId(), q.getCurrency(), q.getExchangeRate())));
        linesChanged(q, pending);
        return get(id);
    }

    public QuotationView changeLine(long id, long expectedVersion, long lineId, LineData line) {
        Quotation q = draft(id, expectedVersion);
        boolean pending = q.getApproval() == Approval.PENDING;
        q.changeLine(
                lineOf(q, lineId),
                line.productId(),
                support.price(line, support.context(q.getCustomerId(), q.getCurrency(), q.getExchangeRate())));
        linesChanged(q, pending);
        return get(id);
    }

    public QuotationView removeLine(long id, long expectedVersion, long lineId) {
        Quotation q = draft(id, expectedVersion);
        boolean pending = q.getApproval() == Approval.PENDING;
        q.removeLine(lineOf(q, lineId));
        linesChanged(q, pending);
        return get(id);
    }

    /**
     * After a line change the QUOTATION flow says whether approval is needed; a pending request is withdrawn (its
     * approvers' tasks close, the rep asks again).
     */
    private void linesChanged(Quotation q, boolean wasPending) {
        salesApprovals.follow(q);
        quotations.flush();
        if (wasPending && q.getApproval() != Approval.PENDING) {
            salesApprovals.withdraw(SalesApprovals.QUOTATION, q.getId());
        }
    }

    // ---- approval ----------------------------------------------------------------------------------------------

    /** Submits the quotation to the QUOTATION flow (decision 050): its approvers get a task, the rep is told. */
    public QuotationView requestApproval(long id, long expectedVersion) {
        Quotation q = draft(id, expectedVersion);
        if (q.getApproval() != Approval.REQUIRED && q.getApproval() != Approval.REJECTED) {
            throw new BusinessRuleException(null, "quotation.approvalNotNeeded");
        }
        if (salesApprovals.submit(q)) {
            q.requestApproval();
        } else {
            // the flow changed since the lines did: no step applies any more
            q.approvalRequired(false);
        }
        quotations.flush();
        return get(id);
    }

    /** An approver of the flow's current step decides (never the one who submitted unless the flow names him). */
    public QuotationView decide(long id, boolean approve) {
        return decide(id, approve, null);
    }

    /** Decides with a comment; a rejection needs one. */
    public QuotationView decide(long id, boolean approve, String comment) {
        Quotation q = visible(id);
        if (q.getApproval() != Approval.PENDING) {
            throw new BusinessRuleException(null, "quotation.noPendingApproval");
        }
        salesApprovals.decide(SalesApprovals.QUOTATION, id, approve, comment);
        quotations.flush();
        return get(id);
    }

    /** The quotation's approval requests, newest first, with their paths (for its page). */
    @Transactional(readOnly = true)
    public List<com.yiti.approval.ApprovalView> approvalHistory(long id) {
        visible(id);
        return salesApprovals.history(SalesApprovals.QUOTATION, id);
    }

    // ---- the customer's answer ---------------------------------------------------------------------------------

    public QuotationView send(long id, long expectedVersion) {
        Quotation q = draft(id, expectedVersion);
        if (q.getLines().isEmpty()) {
            throw new BusinessRuleException(null, "quotation.noLines");
        }
        if (q.getApproval() != Approval.NOT_REQUIRED && q.getApproval() != Approval.APPROVED) {
            throw new BusinessRuleException(null, "quotation.approvalNeeded");
        }
        if (q.getValidUntil().isBefore(support.today())) {
            throw new BusinessRuleException("validUntil", "quotation.validUntilPast");
        }
        q.moveTo(QuotationStatus.SENT);
        quotations.flush();
        return get(id);
    }

    /**
     * The customer accepted: the quotation becomes a draft order with the same lines and prices, and its opportunity
     * is marked won — together. Accepting an accepted quotation returns its order.
     */
    public OrderView accept(long id) {
        Quotation q = writableLocked(id);
        if (q.getStatus() == QuotationStatus.ACCEPTED) {
            return orders.get(q.getOrderId());
        }
        if (q.getStatus() != QuotationStatus.SENT) {
            throw new BusinessRuleException(null, "quotation.notSent");
        }
        if (q.getValidUntil().isBefore(support.today())) {
            throw new BusinessRuleException(null, "quotation.expired");
        }
        OrderView order = orders.createFromQuotation(q);
        q.accepted(order.id());
        quotations.flush();
        if (q.getOpportunityId() != null) {
            OpportunityView opportunity = opportunities.get(q.getOpportunityId());
            if (opportunity.stage() != Stage.WON) {
                opportunities.changeStage(q.getOpportunityId(), Stage.WON, null);
            }
        }
        return order;
    }

    public QuotationView reject(long id) {
        Quotation q = writableLocked(id);
        if (q.getStatus() != QuotationStatus.SENT) {
            throw new BusinessRuleException(null, "quotation.notSent");
        }
        q.moveTo(QuotationStatus.REJECTED);
        quotations.flush();
        return get(id);
    }

    /** Sent quotations past their validity date expire (run daily by a scheduled job). Returns how many. */
    public int expireOverdue() {
        List<Quotation> overdue = quotations.findByStatusAndValidUntilBefore(QuotationStatus.SENT, support.today());
        overdue.forEach(q -> q.moveTo(QuotationStatus.EXPIRED));
        return overdue.size();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void applyHeader(Quotation q, QuotationData data, boolean creating) {
        LocalDate validUntil =
                data.validUntil() == null ? support.today().plusDays(DEFAULT_VALIDITY_DAYS) : data.validUntil();
        if (validUntil.isBefore(support.today())) {
            throw new BusinessRuleException("validUntil", "quotation.validUntilPast");
        }
        String note = blankToNull(data.note());
        if (note != null && note.length() > 1000) {
            throw new BusinessRuleException("note", "field.tooLong", 1000);
        }
        Long opportunityId = data.opportunityId();
        if (opportunityId != null && (creating || !opportunityId.equals(q.getOpportunityId()))) {
            OpportunityView o = opportunities.get(opportunityId);
            if (o.customerId() != data.customerId()) {
                throw new BusinessRuleException("opportunityId", "quotation.opportunityOtherCustomer");
            }
        }
        q.apply(data.customerId(), opportunityId, support.warehouse(data.warehouseId()), validUntil, note);
    }

    private Quotation visible(long id) {
        return support.visible(quotations.findById(id), Quotation::getOwnerId, "Quotation", id);
    }

    private Quotation writableLocked(long id) {
        return support.writable(quotations.lock(id), Quotation::getOwnerId, "Quotation", id);
    }

    private Quotation draft(long id, long expectedVersion) {
        Quotation q = writableLocked(id);
        if (q.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Quotation", id);
        }
        if (q.getStatus() != QuotationStatus.DRAFT) {
            throw new BusinessRuleException(null, "quotation.notDraft");
        }
        return q;
    }

    private static QuotationLine lineOf(Quotation q, long lineId) {
        return q.getLines().stream()
                .filter(l -> l.getId() == lineId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("QuotationLine", lineId));
    }

    private List<QuotationView> views(List<Quotation> list) {
        Map<Long, ProductView> products = support.products(list.stream()
                .flatMap(q -> q.getLines().stream())
                .map(QuotationLine::getProductId)
                .collect(Collectors.toSet()));
        Map<Long, CustomerSummary> customers = support.customers.summaries(
                list.stream().map(Quotation::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> owners = support.directory.displayNames(
                list.stream().map(Quotation::getOwnerId).collect(Collectors.toSet()));
        Map<Long, String> codes = support.warehouseCodes();
        return list.stream()
                .map(q -> new QuotationView(
                        q.getId(),
                        q.getNumber(),
                        q.getCustomerId(),
                        customers.get(q.getCustomerId()).name(),
                        q.getOwnerId(),
                        owners.get(q.getOwnerId()),
                        q.getOpportunityId(),
                        q.getWarehouseId(),
                        codes.get(q.getWarehouseId()),
                        q.getStatus(),
                        q.getApproval(),
                        q.getApprovedBy(),
                        q.getValidUntil(),
                        q.getNote(),
                        q.getNetTotal(),
                        q.getTaxTotal(),
                        q.getGrossTotal(),
                        q.getCurrency(),
                        q.getExchangeRate(),
                        q.getOrderId(),
                        q.getLines().stream()
                                .map(l -> support.quotationLine(l, products))
                                .toList(),
                        q.getCreatedBy(),
                        q.getCreatedAt(),
                        q.getVersion()))
                .toList();
    }
}
