package com.yiti.opportunity;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.ContactData;
import com.yiti.customer.ContactView;
import com.yiti.customer.CustomerData;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerView;
import com.yiti.customer.MobileNumbers;
import com.yiti.opportunity.internal.Activities;
import com.yiti.opportunity.internal.Campaign;
import com.yiti.opportunity.internal.Campaigns;
import com.yiti.opportunity.internal.Lead;
import com.yiti.opportunity.internal.Leads;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.SalesScope;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads: new → contacted → qualified | disqualified (with a reason). Qualifying is one transaction that creates (or
 * links) the customer, adds the contact and opens the opportunity, carrying over everything typed.
 */
@Service
@Transactional
public class LeadManagement {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final Leads leads;
    private final Campaigns campaigns;
    private final Activities activities;
    private final CustomerManagement customers;
    private final OpportunityManagement opportunities;
    private final UserDirectory directory;
    private final AuditHistory auditHistory;
    private final Clock clock;
    private final com.yiti.shared.ListPages listPages;

    LeadManagement(
            Leads leads,
            Campaigns campaigns,
            Activities activities,
            CustomerManagement customers,
            OpportunityManagement opportunities,
            UserDirectory directory,
            AuditHistory auditHistory,
            Clock clock,
            com.yiti.shared.ListPages listPages) {
        this.listPages = listPages;
        this.leads = leads;
        this.campaigns = campaigns;
        this.activities = activities;
        this.customers = customers;
        this.opportunities = opportunities;
        this.directory = directory;
        this.auditHistory = auditHistory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<LeadView> search(LeadFilter filter, Pageable pageable) {
        SalesScope scope = scope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        Page<Lead> page = listPages.find(leads, Lead.class, specification(filter, scope), pageable);
        return com.yiti.shared.ListPages.withContent(page, views(page.getContent()));
    }

    @Transactional(readOnly = true)
    public LeadView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry<LeadView>> history(long id) {
        visible(id);
        return auditHistory.of(Lead.class, id).stream()
                .map(e -> new AuditEntry<>(
                        e.revision(),
                        e.at(),
                        e.by(),
                        e.type(),
                        views(List.of(e.state())).get(0)))
                .toList();
    }

    public LeadView create(LeadData data) {
        CurrentUser user = directory.require();
        SalesScope scope = directory.writableSalesScope(user);
        long ownerId = data.ownerId() != null ? data.ownerId() : user.id();
        if (!directory.isAssignableOwner(scope, ownerId)) {
            throw new BusinessRuleException("ownerId", "customer.ownerNotAllowed");
        }
        Lead lead = new Lead(ownerId);
        apply(lead, data);
        leads.saveAndFlush(lead);
        return get(lead.getId());
    }

    public LeadView update(long id, long expectedVersion, LeadData data) {
        SalesScope scope = directory.writableSalesScope(directory.require());
        Lead lead = writable(id, scope);
        if (lead.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Lead", id);
        }
        if (!lead.getStatus().open()) {
            throw new BusinessRuleException(null, "lead.closed");
        }
        if (data.ownerId() != null && !data.ownerId().equals(lead.getOwnerId())) {
            if (!directory.isAssignableOwner(scope, data.ownerId())) {
                throw new BusinessRuleException("ownerId", "customer.ownerNotAllowed");
            }
            lead.setOwnerId(data.ownerId());
        }
        apply(lead, data);
        leads.flush();
        return get(id);
    }

    /** New → contacted, or disqualified with a reason. Qualifying goes through {@link #qualify}. */
    public LeadView changeStatus(long id, LeadStatus status, String reason) {
        SalesScope scope = directory.writableSalesScope(directory.require());
        Lead lead = writable(id, scope);
        if (!lead.getStatus().open()) {
            throw new BusinessRuleException("status", "lead.closed");
        }
        switch (status) {
            case NEW, CONTACTED -> lead.setStatus(status, null);
            case DISQUALIFIED -> {
                if (reason == null || reason.isBlank()) {
                    throw new BusinessRuleException("reason", "lead.disqualifyReasonRequired");
                }
                if (reason.trim().length() > 500) {
                    throw new BusinessRuleException("reason", "field.tooLong", 500);
                }
                lead.setStatus(LeadStatus.DISQUALIFIED, reason.trim());
            }
            case QUALIFIED -> throw new BusinessRuleException("status", "lead.qualifyThroughForm");
        }
        leads.flush();
        return get(id);
    }

    /**
     * One step: customer (new from the lead's company, or the chosen existing one), contact, opportunity; the lead
     * remembers what it became. All or nothing.
     */
    public QualificationResult qualify(long id, Qualification q) {
        CurrentUser user = directory.require();
        SalesScope scope = directory.writableSalesScope(user);
        Lead lead = writable(id, scope);
        if (!lead.getStatus().open()) {
            throw new BusinessRuleException(null, "lead.closed");
        }
        long customerId;
        boolean newCustomer;
        if (q.existingCustomerId() != null) {
            CustomerView existing = customers.get(q.existingCustomerId());
            customerId = existing.id();
            newCustomer = false;
        } else {
            CustomerView created = customers.create(
                    new CustomerData(
                            lead.getCompany(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            lead.getOwnerId(),
                            null,
                            null,
                            null,
                            CustomerStatus.PROSPECT),
                    q.duplicateConfirmed());
            customerId = created.id();
            newCustomer = true;
        }
        ContactView contact = customers.addContact(
                customerId,
                new ContactData(
                        lead.getContactName(),
                        lead.getContactTitle(),
                        lead.getMobile(),
                        null,
                        lead.getEmail(),
                        null,
                        newCustomer));
        LocalDate close = q.expectedCloseDate() != null
                ? q.expectedCloseDate()
                : LocalDate.now(clock.withZone(BUSINESS_ZONE)).plusDays(30);
        BigDecimal amount = q.amount() != null
                ? q.amount()
                : lead.getEstimatedAmount() != null ? lead.getEstimatedAmount() : BigDecimal.ZERO;
        String title = q.opportunityTitle() != null && !q.opportunityTitle().isBlank()
                ? q.opportunityTitle().trim()
                : lead.getCompany();
        OpportunityView opportunity = opportunities.createFromLead(
                new OpportunityData(
                        customerId,
                        title,
                        amount,
                        Stage.QUALIFICATION,
                        null,
                        close,
                        lead.getOwnerId(),
                        null,
                        lead.getNotes() == null ? null : truncate(lead.getNotes(), 500)),
                lead.getId(),
                lead.getCampaignId());
        lead.qualified(customerId, contact.id(), opportunity.id());
        activities.findByLeadId(lead.getId()).forEach(a -> a.linkCustomer(customerId));
        leads.flush();
        return new QualificationResult(customerId, contact.id(), opportunity.id());
    }

    private void apply(Lead lead, LeadData d) {
        if (d.company() == null || d.company().isBlank()) {
            throw new BusinessRuleException("company", "field.required");
        }
        if (d.company().trim().length() > 200) {
            throw new BusinessRuleException("company", "field.tooLong", 200);
        }
        if (d.contactName() == null || d.contactName().isBlank()) {
            throw new BusinessRuleException("contactName", "field.required");
        }
        if (d.contactName().trim().length() > 100) {
            throw new BusinessRuleException("contactName", "field.tooLong", 100);
        }
        String mobile = MobileNumbers.normalize(d.mobile());
        if (mobile != null && !MobileNumbers.isValid(mobile)) {
            throw new BusinessRuleException("mobile", "contact.mobileInvalid");
        }
        String email =
                d.email() == null || d.email().isBlank() ? null : d.email().trim();
        if (email != null && !MobileNumbers.isValidEmail(email)) {
            throw new BusinessRuleException("email", "contact.emailInvalid");
        }
        if (d.source() == null) {
            throw new BusinessRuleException("source", "field.required");
        }
        if (d.campaignId() != null && !campaigns.existsById(d.campaignId())) {
            throw new BusinessRuleException("campaignId", "lead.campaignUnknown");
        }
        if (d.source() == LeadSource.CAMPAIGN && d.campaignId() == null) {
            throw new BusinessRuleException("campaignId", "lead.campaignRequired");
        }
        if (d.estimatedAmount() != null && d.estimatedAmount().signum() < 0) {
            throw new BusinessRuleException("estimatedAmount", "opportunity.amountNegative");
        }
        if (d.notes() != null && d.notes().length() > 2000) {
            throw new BusinessRuleException("notes", "field.tooLong", 2000);
        }
        lead.apply(
                d.company().trim(),
                d.contactName().trim(),
                blankToNull(d.contactTitle()),
                mobile,
                email,
                d.source(),
                d.campaignId(),
                d.estimatedAmount() == null ? null : d.estimatedAmount().setScale(2, RoundingMode.HALF_UP),
                blankToNull(d.notes()));
    }

    private SalesScope scope() {
        return directory.salesScope(directory.require());
    }

    private Lead visible(long id) {
        SalesScope scope = scope();
        return leads.findById(id)
                .filter(l -> scope.includes(l.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Lead", id));
    }

    private Lead writable(long id, SalesScope scope) {
        Lead lead = leads.findById(id)
                .filter(l -> scope.includes(l.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Lead", id));
        if (!scope.canWrite(lead.getOwnerId())) {
            throw new AccessDeniedException("read-only");
        }
        return lead;
    }

    private List<LeadView> views(List<Lead> list) {
        Set<Long> owners = new HashSet<>();
        Set<Long> campaignIds = new HashSet<>();
        list.forEach(l -> {
            owners.add(l.getOwnerId());
            if (l.getCampaignId() != null) {
                campaignIds.add(l.getCampaignId());
            }
        });
        Map<Long, String> ownerNames = directory.displayNames(owners);
        Map<Long, String> campaignNames = campaigns.findAllById(campaignIds).stream()
                .collect(Collectors.toMap(Campaign::getId, Campaign::getName));
        return list.stream()
                .map(l -> new LeadView(
                        l.getId(),
                        l.getCompany(),
                        l.getContactName(),
                        l.getContactTitle(),
                        l.getMobile(),
                        l.getEmail(),
                        l.getSource(),
                        l.getCampaignId(),
                        l.getCampaignId() == null ? null : campaignNames.get(l.getCampaignId()),
                        l.getStatus(),
                        l.getDisqualifyReason(),
                        l.getNotes(),
                        l.getEstimatedAmount(),
                        l.getOwnerId(),
                        ownerNames.get(l.getOwnerId()),
                        l.getCustomerId(),
                        l.getContactId(),
                        l.getOpportunityId(),
                        l.getVersion(),
                        l.getCreatedAt(),
                        l.getCreatedBy()))
                .toList();
    }

    private static Specification<Lead> specification(LeadFilter f, SalesScope scope) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!scope.all()) {
                p.add(root.get("ownerId").in(scope.ownerIds()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + f.q().trim().toLowerCase(Locale.ROOT) + "%";
                p.add(cb.or(
                        cb.like(cb.lower(root.get("company")), like),
                        cb.like(cb.lower(root.get("contactName")), like),
                        cb.like(root.get("mobile"), f.q().trim() + "%")));
            }
            if (f.ownerId() != null) {
                p.add(cb.equal(root.get("ownerId"), f.ownerId()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.source() != null) {
                p.add(cb.equal(root.get("source"), f.source()));
            }
            if (f.campaignId() != null) {
                p.add(cb.equal(root.get("campaignId"), f.campaignId()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
