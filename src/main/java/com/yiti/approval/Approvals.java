package com.yiti.approval;

import com.yiti.approval.internal.Decision;
import com.yiti.approval.internal.Decisions;
import com.yiti.approval.internal.Flow;
import com.yiti.approval.internal.FlowStep;
import com.yiti.approval.internal.FlowSteps;
import com.yiti.approval.internal.Flows;
import com.yiti.approval.internal.Request;
import com.yiti.approval.internal.Requests;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for approval (decision 045). A module submits its document with the facts a flow needs, in its own
 * transaction; the flow's steps that apply to the amount are walked in order, each step's approvers get an inbox task,
 * and the submitter is told of every step under the bell. Only an approver of the current step may decide (enforced here, whatever
 * the client sends); the last approval or any rejection publishes {@link ApprovalDecided}.
 */
@Service
@Transactional
public class Approvals {

    static final String RULE = "approval";

    /** The approver code of a decision taken by whom a step escalated to. */
    static final String ESCALATION = "ESCALATION";

    private final Flows flows;
    private final FlowSteps steps;
    private final Requests requests;
    private final Decisions decisions;
    private final UserDirectory directory;
    private final TaskManagement tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final com.yiti.notification.NotificationCenter notifications;
    private final ApprovalDelegations delegations;

    Approvals(
            Flows flows,
            FlowSteps steps,
            Requests requests,
            Decisions decisions,
            UserDirectory directory,
            TaskManagement tasks,
            ApplicationEventPublisher events,
            Clock clock,
            com.yiti.notification.NotificationCenter notifications,
            ApprovalDelegations delegations) {
        this.notifications = notifications;
        this.delegations = delegations;
        this.flows = flows;
        this.steps = steps;
        this.requests = requests;
        this.decisions = decisions;
        this.directory = directory;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a document of this type and amount needs approval: its flow is in force with a step that applies. */
    @Transactional(readOnly = true)
    public boolean required(String documentType, BigDecimal amount) {
        return !applicableSteps(documentType, amount, Map.of()).isEmpty();
    }

    /** Whether this document, with its amount and facts, needs approval under the flow in force. */
    @Transactional(readOnly = true)
    public boolean required(ApprovalSubmission s) {
        return !applicableSteps(s.documentType(), s.amount(), s.facts()).isEmpty();
    }

    /**
     * Submits a document. Empty when no approval is needed (no flow in force, or no step applies to the amount): the
     * module goes on. A document already in approval is refused ({@code approval.alreadyPending}).
     */
    public Optional<ApprovalView> submit(ApprovalSubmission s) {
        Optional<Flow> flow = flows.findByDocumentType(s.documentType()).filter(Flow::isActive);
        List<FlowStep> applicable = applicableSteps(s.documentType(), s.amount(), s.facts());
        if (flow.isEmpty() || applicable.isEmpty()) {
            return Optional.empty();
        }
        CurrentUser submitter = directory.require();
        if (!requests.findByDocumentTypeAndDocumentIdOrderByIdDesc(s.documentType(), s.documentId()).stream()
                .filter(r -> r.getStatus() == ApprovalStatus.PENDING)
                .toList()
                .isEmpty()) {
            throw new BusinessRuleException(null, "approval.alreadyPending");
        }
        Request r = requests.saveAndFlush(new Request(
                s.documentType(),
                s.documentId(),
                s.documentRef(),
                s.link(),
                s.amount(),
                Request.encode(s.facts()),
                flow.get().getId(),
                flow.get().getCurrentVersion(),
                submitter.id(),
                submitter.username(),
                clock.instant()));
        enter(r, applicable.get(0));
        // the version a client decides with is the one after entering the first step
        requests.flush();
        return Optional.of(view(r));
    }

    /** The requests waiting for the signed-in user, oldest first. */
    @Transactional(readOnly = true)
    public List<ApprovalView> mine() {
        CurrentUser me = directory.require();
        // the pending requests share few flow versions: their steps are read once each
        Map<String, List<FlowStep>> memo = new java.util.HashMap<>();
        return requests.findByStatusOrderByIdAsc(ApprovalStatus.PENDING).stream()
                .filter(r -> canDecide(r, me, stepsOf(r, memo)))
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public ApprovalView get(long id) {
        Request r = requests.findById(id).orElseThrow(() -> new RecordNotFoundException("ApprovalRequest", id));
        CurrentUser me = directory.require();
        if (!canSee(r, me)) {
            throw new RecordNotFoundException("ApprovalRequest", id);
        }
        return view(r);
    }

    /** Whether the signed-in user may decide the request now. */
    @Transactional(readOnly = true)
    public boolean canDecide(long id) {
        return requests.findById(id)
                .map(r -> canDecide(r, directory.require(), stepsOf(r, new java.util.HashMap<>())))
                .orElse(false);
    }

    /** A document's requests, newest first, with their paths and decisions (for the document's page). */
    @Transactional(readOnly = true)
    public List<ApprovalView> of(String documentType, long documentId) {
        return requests.findByDocumentTypeAndDocumentIdOrderByIdDesc(documentType, documentId).stream()
                .map(this::view)
                .toList();
    }

    public ApprovalView approve(long id, long expectedVersion, String comment) {
        return decide(id, expectedVersion, true, comment);
    }

    /** Rejects at the current step; a rejection needs a comment saying why. */
    public ApprovalView reject(long id, long expectedVersion, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("comment", "approval.commentRequired");
        }
        return decide(id, expectedVersion, false, comment);
    }

    /**
     * Reminds the approvers of every request waiting at a step past its time limit, once per step, under the bell
     * (the nightly and hourly job; answers how many requests were reminded).
     */
    public int remindOverdue() {
        int reminded = 0;
        java.time.Instant now = clock.instant();
        Map<String, List<FlowStep>> memo = new java.util.HashMap<>();
        for (Request r : requests.findByStatusOrderByIdAsc(ApprovalStatus.PENDING)) {
            if (r.getCurrentSeq() == null || r.getStepSince() == null) {
                continue;
            }
            FlowStep step = stepsOf(r, memo).stream()
                    .filter(s -> s.getSeq() == r.getCurrentSeq())
                    .findFirst()
                    .orElse(null);
            if (step == null
                    || step.getTimeLimitHours() == null
                    || r.getStepSince()
                            .plus(java.time.Duration.ofHours(step.getTimeLimitHours()))
                            .isAfter(now)) {
                continue;
            }
            List<String> args = List.of(r.getDocumentRef(), step.getName(), String.valueOf(step.getTimeLimitHours()));
            String link = "/approvals/" + r.getId();
            if (step.isEscalate()) {
                // escalated once: the head above the submitter's department head (MANAGER without one) may decide too
                if (r.escalate()) {
                    Optional<Long> above = escalation(r);
                    tasks.raise(new NewTask(
                            "approval.task.escalated",
                            args,
                            link,
                            above.orElse(null),
                            above.isPresent() ? null : Role.MANAGER,
                            null,
                            RULE,
                            ref(r) + ":" + ESCALATION));
                    above.ifPresentOrElse(
                            m -> notifications.notify(m, "approval.escalated", args, link),
                            () -> notifications.notifyRole(Role.MANAGER, "approval.escalated", args, link));
                    tell(r, "approval.news.escalated", step.getName(), "");
                    reminded++;
                }
                continue;
            }
            if (!r.remind()) {
                continue;
            }
            for (Approver a : step.approverList()) {
                switch (a.kind()) {
                    case USER -> notifications.notify(a.userId(), "approval.reminder", args, link);
                    case ROLE -> notifications.notifyRole(a.role(), "approval.reminder", args, link);
                    case SUBMITTER_MANAGER, HEAD_ABOVE ->
                        head(a, r.getSubmittedById())
                                .ifPresentOrElse(
                                        m -> notifications.notify(m, "approval.reminder", args, link),
                                        () -> notifications.notifyRole(Role.MANAGER, "approval.reminder", args, link));
                }
            }
            reminded++;
        }
        return reminded;
    }

    /** The module took its document back (cancelled it): the request ends, its tasks close. */
    public void withdraw(String documentType, long documentId) {
        for (Request r : requests.findByDocumentTypeAndDocumentIdOrderByIdDesc(documentType, documentId)) {
            if (r.getStatus() == ApprovalStatus.PENDING) {
                closeTasks(r);
                r.decide(ApprovalStatus.WITHDRAWN, clock.instant());
            }
        }
    }

    private ApprovalView decide(long id, long expectedVersion, boolean approved, String comment) {
        Request r = requests.lock(id).orElseThrow(() -> new RecordNotFoundException("ApprovalRequest", id));
        CurrentUser me = directory.require();
        if (!canSee(r, me)) {
            throw new RecordNotFoundException("ApprovalRequest", id);
        }
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("ApprovalRequest", id);
        }
        if (r.getStatus() != ApprovalStatus.PENDING) {
            throw new BusinessRuleException(null, "approval.notPending");
        }
        if (comment != null && comment.length() > 500) {
            throw new BusinessRuleException("comment", "approval.commentLength", 500);
        }
        List<FlowStep> all = steps.findByFlowIdAndFlowVersionOrderBySeq(r.getFlowId(), r.getFlowVersion());
        FlowStep step = all.stream()
                .filter(s -> s.getSeq() == r.getCurrentSeq())
                .findFirst()
                .orElseThrow();
        List<Approver> mine =
                step.approverList().stream().filter(a -> matches(a, r, me)).toList();
        String onBehalfOf = null;
        if (mine.isEmpty()) {
            // a delegate decides for an approver who is away (decision 052)
            for (Actor d : delegators(me)) {
                List<Approver> theirs = step.approverList().stream()
                        .filter(a -> matches(a, r, d.id(), d.roles()))
                        .toList();
                if (!theirs.isEmpty()) {
                    mine = theirs;
                    onBehalfOf = d.username();
                    break;
                }
            }
        }
        boolean escalated = false;
        if (mine.isEmpty() && escalatedTo(r, me.id(), me.roles())) {
            // the step escalated to him: his decision settles the step, whatever its mode
            mine = List.of(Approver.headAbove());
            escalated = true;
        }
        if (mine.isEmpty()) {
            throw new AccessDeniedException("not an approver of this step");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        for (Approver a : mine) {
            decisions.save(new Decision(
                    r.getId(),
                    step.getSeq(),
                    escalated ? ESCALATION : a.code(),
                    me.id(),
                    me.username(),
                    approved ? "APPROVED" : "REJECTED",
                    text,
                    clock.instant(),
                    onBehalfOf));
        }
        decisions.flush();
        mine.forEach(a -> {
            tasks.closeFor(RULE, ref(r) + ":" + a.code());
            tasks.closeFor(RULE, ref(r) + ":" + a.code() + ":delegate");
        });
        if (!approved) {
            finish(r, false, text);
        } else if (stepDone(r, step)) {
            closeTasks(r);
            Optional<FlowStep> next = all.stream()
                    .filter(s -> s.getSeq() > step.getSeq() && s.appliesTo(r.getAmount(), r.facts()))
                    .findFirst();
            if (next.isPresent()) {
                tell(r, "approval.news.stepApproved", step.getName(), me.displayName());
                enter(r, next.get());
            } else {
                finish(r, true, text);
            }
        }
        requests.flush();
        return view(r);
    }

    private boolean stepDone(Request r, FlowStep step) {
        if (step.getMode() == StepMode.ANY) {
            return true;
        }
        Set<String> done = decisions.findByRequestIdOrderByIdAsc(r.getId()).stream()
                .filter(d -> d.getSeq() == step.getSeq() && d.getOutcome().equals("APPROVED"))
                .map(Decision::getApprover)
                .collect(Collectors.toSet());
        return done.contains(ESCALATION)
                || step.approverList().stream().map(Approver::code).allMatch(done::contains);
    }

    private void finish(Request r, boolean approved, String comment) {
        closeTasks(r);
        r.decide(approved ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED, clock.instant());
        tell(r, approved ? "approval.news.approved" : "approval.news.rejected", comment == null ? "" : comment, "");
        events.publishEvent(new ApprovalDecided(
                r.getId(),
                r.getDocumentType(),
                r.getDocumentId(),
                r.getDocumentRef(),
                approved,
                comment,
                directory.current().map(CurrentUser::username).orElse(null)));
    }

    /** The request moves to a step: its approvers get a task, the submitter hears of it. */
    private void enter(Request r, FlowStep step) {
        r.at(step.getSeq(), clock.instant());
        for (Approver a : step.approverList()) {
            Long user = null;
            Role role = null;
            switch (a.kind()) {
                case USER -> user = a.userId();
                case ROLE -> role = a.role();
                case SUBMITTER_MANAGER, HEAD_ABOVE -> {
                    user = head(a, r.getSubmittedById()).orElse(null);
                    role = user == null ? Role.MANAGER : null;
                }
            }
            tasks.raise(new NewTask(
                    "approval.task.decide",
                    List.of(r.getDocumentRef(), step.getName(), r.getSubmittedBy()),
                    "/approvals/" + r.getId(),
                    user,
                    role,
                    null,
                    RULE,
                    ref(r) + ":" + a.code()));
            // and told, under the bell and through the channels each approver chose (decision 051)
            List<String> args = List.of(r.getDocumentRef(), step.getName(), r.getSubmittedBy());
            if (user != null) {
                notifications.notify(user, "approval.toDecide", args, "/approvals/" + r.getId());
                // an approver away: his delegate gets the task and is told too (decision 052)
                Long approver = user;
                delegations.delegateOf(user).ifPresent(delegate -> {
                    String away = directory.displayNames(List.of(approver)).getOrDefault(approver, "#" + approver);
                    List<String> forArgs = List.of(r.getDocumentRef(), step.getName(), r.getSubmittedBy(), away);
                    tasks.raise(new NewTask(
                            "approval.task.decideFor",
                            forArgs,
                            "/approvals/" + r.getId(),
                            delegate,
                            null,
                            null,
                            RULE,
                            ref(r) + ":" + a.code() + ":delegate"));
                    notifications.notify(delegate, "approval.toDecideFor", forArgs, "/approvals/" + r.getId());
                });
            } else {
                notifications.notifyRole(role, "approval.toDecide", args, "/approvals/" + r.getId());
            }
        }
        tell(r, "approval.news.atStep", step.getName(), "");
    }

    /** The submitter is told, under the bell. */
    private void tell(Request r, String key, String arg1, String arg2) {
        notifications.notify(
                r.getSubmittedById(),
                key,
                List.of(r.getDocumentRef(), arg1, arg2),
                r.getLink() == null ? "/approvals/" + r.getId() : r.getLink());
    }

    private static String ref(Request r) {
        return "approval:" + r.getId();
    }

    /** Every approver's task of the request (each is raised under the request and the approver's code). */
    private void closeTasks(Request r) {
        steps.findByFlowIdAndFlowVersionOrderBySeq(r.getFlowId(), r.getFlowVersion()).stream()
                .flatMap(s -> s.approverList().stream())
                .map(Approver::code)
                .distinct()
                .forEach(code -> {
                    tasks.closeFor(RULE, ref(r) + ":" + code);
                    tasks.closeFor(RULE, ref(r) + ":" + code + ":delegate");
                });
        tasks.closeFor(RULE, ref(r) + ":" + ESCALATION);
    }

    private List<FlowStep> applicableSteps(String documentType, BigDecimal amount, Map<String, String> facts) {
        return steps.inForce(documentType).stream()
                .filter(s -> s.appliesTo(amount == null ? BigDecimal.ZERO : amount, facts))
                .toList();
    }

    private List<FlowStep> stepsOf(Request r, Map<String, List<FlowStep>> memo) {
        return memo.computeIfAbsent(
                r.getFlowId() + ":" + r.getFlowVersion(),
                k -> steps.findByFlowIdAndFlowVersionOrderBySeq(r.getFlowId(), r.getFlowVersion()));
    }

    private boolean canDecide(Request r, CurrentUser me, List<FlowStep> all) {
        if (r.getStatus() != ApprovalStatus.PENDING || r.getCurrentSeq() == null) {
            return false;
        }
        List<Approver> current = all.stream()
                .filter(s -> s.getSeq() == r.getCurrentSeq())
                .flatMap(s -> s.approverList().stream())
                .toList();
        return current.stream().anyMatch(a -> matches(a, r, me))
                || escalatedTo(r, me.id(), me.roles())
                || delegators(me).stream()
                        .anyMatch(d -> current.stream().anyMatch(a -> matches(a, r, d.id(), d.roles())));
    }

    /** Someone the signed-in user decides for today: his id, name and roles. */
    private record Actor(long id, String username, Set<Role> roles) {}

    /** Whom the signed-in user decides for today (their delegate is he), once per request. */
    private List<Actor> delegators(CurrentUser me) {
        Map<Long, List<Actor>> memo = com.yiti.shared.RequestMemo.of(Approvals.class.getName() + ".delegators");
        if (memo != null && memo.containsKey(me.id())) {
            return memo.get(me.id());
        }
        List<Actor> out = delegations.delegatorsOf(me.id()).stream()
                .map(directory::find)
                .flatMap(Optional::stream)
                .filter(u -> u.enabled())
                .map(u -> new Actor(u.id(), u.username(), u.roles()))
                .toList();
        if (memo != null) {
            memo.put(me.id(), out);
        }
        return out;
    }

    /** Who sees a request: its submitter, any approver of any of its steps, ADMIN and MANAGER. */
    private boolean canSee(Request r, CurrentUser me) {
        if (me.id() == r.getSubmittedById() || me.hasAnyRole(Set.of(Role.ADMIN, Role.MANAGER))) {
            return true;
        }
        List<Approver> all = steps.findByFlowIdAndFlowVersionOrderBySeq(r.getFlowId(), r.getFlowVersion()).stream()
                .flatMap(s -> s.approverList().stream())
                .toList();
        return all.stream().anyMatch(a -> matches(a, r, me))
                || escalatedTo(r, me.id(), me.roles())
                || delegators(me).stream().anyMatch(d -> all.stream().anyMatch(a -> matches(a, r, d.id(), d.roles())));
    }

    private boolean matches(Approver a, Request r, CurrentUser me) {
        return matches(a, r, me.id(), me.roles());
    }

    private boolean matches(Approver a, Request r, long userId, Set<Role> roles) {
        return switch (a.kind()) {
            case USER -> a.userId() == userId;
            case ROLE -> roles.contains(a.role());
            case SUBMITTER_MANAGER, HEAD_ABOVE ->
                head(a, r.getSubmittedById()).map(m -> m == userId).orElse(roles.contains(Role.MANAGER));
        };
    }

    /** Whom an escalated step goes to: the head above the submitter's department head; empty: MANAGER. */
    private Optional<Long> escalation(Request r) {
        return directory.headAboveOf(r.getSubmittedById());
    }

    /** Whether the user is whom the request's current step escalated to. */
    private boolean escalatedTo(Request r, long userId, Set<Role> roles) {
        if (!r.escalatedNow()) {
            return false;
        }
        return escalation(r).map(h -> h == userId).orElse(roles.contains(Role.MANAGER));
    }

    /** The department head of the submitter, or the head one level up; empty where there is none (MANAGER then). */
    private Optional<Long> head(Approver a, long submitterId) {
        return a.kind() == Approver.Kind.HEAD_ABOVE
                ? directory.headAboveOf(submitterId)
                : directory.departmentHeadOf(submitterId);
    }

    private ApprovalView view(Request r) {
        List<FlowStep> all = steps.findByFlowIdAndFlowVersionOrderBySeq(r.getFlowId(), r.getFlowVersion());
        List<Decision> taken = decisions.findByRequestIdOrderByIdAsc(r.getId());
        Set<Integer> decided = new HashSet<>();
        taken.forEach(d -> decided.add(d.getSeq()));
        List<ApprovalView.StepState> path = new ArrayList<>();
        Map<String, String> facts = r.facts();
        for (FlowStep s : all) {
            String state;
            if (!s.appliesTo(r.getAmount(), facts)) {
                state = "SKIPPED";
            } else if (r.getCurrentSeq() != null && r.getCurrentSeq() == s.getSeq()) {
                state = "CURRENT";
            } else if (decided.contains(s.getSeq())) {
                state = "DONE";
            } else {
                state = r.getStatus() == ApprovalStatus.PENDING ? "TO_COME" : "NOT_REACHED";
            }
            path.add(new ApprovalView.StepState(
                    s.getSeq(),
                    s.getName(),
                    s.approverList().stream().map(a -> label(a)).toList(),
                    s.getMode(),
                    state));
        }
        return new ApprovalView(
                r.getId(),
                r.getDocumentType(),
                r.getDocumentId(),
                r.getDocumentRef(),
                r.getLink(),
                r.getAmount(),
                r.facts(),
                r.getStatus(),
                r.getCurrentSeq(),
                r.getSubmittedBy(),
                r.getSubmittedAt(),
                r.getDecidedAt(),
                path,
                taken.stream()
                        .map(d -> new ApprovalView.Decision(
                                d.getSeq(),
                                d.getApprover(),
                                d.getDecidedBy(),
                                d.getOutcome(),
                                d.getComment(),
                                d.getDecidedAt(),
                                d.getOnBehalfOf()))
                        .toList(),
                r.getVersion());
    }

    private String label(Approver a) {
        return switch (a.kind()) {
            case USER -> directory.find(a.userId()).map(u -> u.displayName()).orElse("#" + a.userId());
            case ROLE -> "ROLE:" + a.role().name();
            case SUBMITTER_MANAGER -> "SUBMITTER_MANAGER";
            case HEAD_ABOVE -> "HEAD_ABOVE";
        };
    }
}
