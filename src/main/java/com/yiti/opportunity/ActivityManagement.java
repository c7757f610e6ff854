package com.yiti.opportunity;

import com.yiti.customer.CustomerManagement;
import com.yiti.opportunity.internal.Activities;
import com.yiti.opportunity.internal.Activity;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.NewTask;
import com.yiti.platform.SalesScope;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls, meetings, visits, notes and follow-ups on an opportunity, a lead or a customer, owned by who logged them.
 * A follow-up that is due (today or earlier) becomes a task in its owner's inbox; completing it closes the task.
 */
@Service
@Transactional
public class ActivityManagement {

    static final String FOLLOW_UP_RULE = "crm.follow-up";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final Activities activities;
    private final OpportunityManagement opportunities;
    private final LeadManagement leads;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final TaskManagement tasks;
    private final Clock clock;
    private final com.yiti.opportunity.internal.Opportunities opportunityRecords;
    private final com.yiti.opportunity.internal.Leads leadRecords;

    ActivityManagement(
            Activities activities,
            OpportunityManagement opportunities,
            LeadManagement leads,
            CustomerManagement customers,
            UserDirectory directory,
            TaskManagement tasks,
            Clock clock,
            com.yiti.opportunity.internal.Opportunities opportunityRecords,
            com.yiti.opportunity.internal.Leads leadRecords) {
        this.opportunityRecords = opportunityRecords;
        this.leadRecords = leadRecords;
        this.activities = activities;
        this.opportunities = opportunities;
        this.leads = leads;
        this.customers = customers;
        this.directory = directory;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ActivityView> search(ActivityFilter filter, Pageable pageable) {
        SalesScope scope = directory.salesScope(directory.require());
        if (scope.none()) {
            return Page.empty(pageable);
        }
        Page<Activity> page = activities.findAll(specification(filter, scope), pageable);
        return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** The newest activities about a record, within the caller's scope. */
    @Transactional(readOnly = true)
    public List<ActivityView> about(Long customerId, Long leadId, Long opportunityId, int limit) {
        return search(
                        new ActivityFilter(null, null, null, customerId, leadId, opportunityId),
                        PageRequest.of(0, limit, Sort.by(Sort.Order.desc("id"))))
                .getContent();
    }

    @Transactional(readOnly = true)
    public ActivityView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    public ActivityView create(ActivityData data) {
        CurrentUser user = directory.require();
        directory.writableSalesScope(user);
        int targets = (data.customerId() != null ? 1 : 0)
                + (data.leadId() != null ? 1 : 0)
                + (data.opportunityId() != null ? 1 : 0);
        if (targets != 1) {
            throw new BusinessRuleException(null, "activity.oneTarget");
        }
        Long customerId = data.customerId();
        if (data.opportunityId() != null) {
            customerId = opportunities.get(data.opportunityId()).customerId();
        } else if (data.leadId() != null) {
            customerId = leads.get(data.leadId()).customerId();
        } else if (!customers.isVisible(data.customerId())) {
            throw new RecordNotFoundException("Customer", data.customerId());
        }
        validate(data);
        Activity a = new Activity(user.id(), customerId, data.leadId(), data.opportunityId());
        apply(a, data);
        activities.saveAndFlush(a);
        if (a.getType() == ActivityType.FOLLOW_UP && !a.getDueDate().isAfter(today())) {
            tasks.raise(followUpTask(a));
        }
        return get(a.getId());
    }

    public ActivityView update(long id, long expectedVersion, ActivityData data) {
        Activity a = writable(id);
        if (a.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Activity", id);
        }
        if (a.isDone()) {
            throw new BusinessRuleException(null, "activity.done");
        }
        validate(data);
        apply(a, data);
        activities.flush();
        tasks.closeFor(FOLLOW_UP_RULE, ref(a));
        if (a.getType() == ActivityType.FOLLOW_UP && !a.getDueDate().isAfter(today())) {
            tasks.raise(followUpTask(a));
        }
        return get(id);
    }

    /** Marks an activity done; a follow-up's task leaves the inbox with it. */
    public ActivityView complete(long id) {
        Activity a = writable(id);
        a.complete(clock.instant());
        tasks.closeFor(FOLLOW_UP_RULE, ref(a));
        return get(id);
    }

    /**
     * Raises a task for every open follow-up due today or earlier that has none yet (run by {@code
     * FollowUpReminders}). Returns how many follow-ups are due.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int raiseDueFollowUps() {
        List<Activity> due = activities.findByTypeAndDoneFalseAndDueDateLessThanEqual(ActivityType.FOLLOW_UP, today());
        // the tasks already open are looked up once; new ones are built (their record named) a batch at a time
        tasks.raiseNew(
                FOLLOW_UP_RULE,
                due.stream().map(ActivityManagement::ref).toList(),
                refs ->
                        activities
                                .findAllById(refs.stream()
                                        .map(r -> Long.valueOf(r.substring("activity:".length())))
                                        .toList())
                                .stream()
                                .map(this::followUpTask)
                                .toList());
        return due.size();
    }

    private NewTask followUpTask(Activity a) {
        ActivityView view = views(List.of(a)).get(0);
        return (new NewTask(
                "task.crm.followUpWith",
                List.of(a.getSubject(), recordName(a)),
                view.recordLink(),
                a.getOwnerId(),
                null,
                a.getDueDate(),
                FOLLOW_UP_RULE,
                ref(a)));
    }

    /** Who the follow-up is about, for its task's title: the opportunity, the lead's company, or the customer. */
    private String recordName(Activity a) {
        if (a.getOpportunityId() != null) {
            return opportunityRecords
                    .findById(a.getOpportunityId())
                    .map(com.yiti.opportunity.internal.Opportunity::getTitle)
                    .orElse("");
        }
        if (a.getLeadId() != null) {
            return leadRecords
                    .findById(a.getLeadId())
                    .map(com.yiti.opportunity.internal.Lead::getCompany)
                    .orElse("");
        }
        return a.getCustomerId() == null
                ? ""
                : customers.summaries(List.of(a.getCustomerId())).values().stream()
                        .findFirst()
                        .map(com.yiti.customer.CustomerSummary::name)
                        .orElse("");
    }

    private static String ref(Activity a) {
        return "activity:" + a.getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    private void validate(ActivityData d) {
        if (d.type() == null) {
            throw new BusinessRuleException("type", "field.required");
        }
        if (d.subject() == null || d.subject().isBlank()) {
            throw new BusinessRuleException("subject", "field.required");
        }
        if (d.subject().trim().length() > 200) {
            throw new BusinessRuleException("subject", "field.tooLong", 200);
        }
        if (d.notes() != null && d.notes().length() > 2000) {
            throw new BusinessRuleException("notes", "field.tooLong", 2000);
        }
        if (d.type() == ActivityType.FOLLOW_UP && d.dueDate() == null) {
            throw new BusinessRuleException("dueDate", "activity.dueDateRequired");
        }
        if (d.dueDate() != null && d.dueDate().isBefore(today().minusYears(1))) {
            throw new BusinessRuleException("dueDate", "opportunity.closeDateTooEarly");
        }
    }

    private void apply(Activity a, ActivityData d) {
        a.apply(
                d.type(),
                d.subject().trim(),
                d.notes() == null || d.notes().isBlank() ? null : d.notes().trim(),
                d.dueDate(),
                d.occurredAt() != null ? d.occurredAt() : clock.instant());
    }

    private Activity visible(long id) {
        SalesScope scope = directory.salesScope(directory.require());
        return activities
                .findById(id)
                .filter(a -> scope.includes(a.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Activity", id));
    }

    private Activity writable(long id) {
        SalesScope scope = directory.writableSalesScope(directory.require());
        Activity a = activities
                .findById(id)
                .filter(x -> scope.includes(x.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Activity", id));
        if (!scope.canWrite(a.getOwnerId())) {
            throw new AccessDeniedException("read-only");
        }
        return a;
    }

    private List<ActivityView> views(List<Activity> list) {
        Map<Long, String> owners =
                directory.displayNames(list.stream().map(Activity::getOwnerId).collect(Collectors.toSet()));
        return list.stream()
                .map(a -> new ActivityView(
                        a.getId(),
                        a.getType(),
                        a.getSubject(),
                        a.getNotes(),
                        a.getCustomerId(),
                        a.getLeadId(),
                        a.getOpportunityId(),
                        a.getOwnerId(),
                        owners.get(a.getOwnerId()),
                        a.getOccurredAt(),
                        a.getDueDate(),
                        a.isDone(),
                        a.getDoneAt(),
                        a.getVersion(),
                        a.getCreatedAt()))
                .toList();
    }

    private static Specification<Activity> specification(ActivityFilter f, SalesScope scope) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!scope.all()) {
                p.add(root.get("ownerId").in(scope.ownerIds()));
            }
            if (f.type() != null) {
                p.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.ownerId() != null) {
                p.add(cb.equal(root.get("ownerId"), f.ownerId()));
            }
            if (Boolean.TRUE.equals(f.open())) {
                p.add(cb.equal(root.get("type"), ActivityType.FOLLOW_UP));
                p.add(cb.isFalse(root.get("done")));
            }
            if (f.customerId() != null) {
                p.add(cb.equal(root.get("customerId"), f.customerId()));
            }
            if (f.leadId() != null) {
                p.add(cb.equal(root.get("leadId"), f.leadId()));
            }
            if (f.opportunityId() != null) {
                p.add(cb.equal(root.get("opportunityId"), f.opportunityId()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
