package com.yiti.approval;

import com.yiti.approval.internal.Delegation;
import com.yiti.approval.internal.Delegations;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegation while away (decision 052): an approver names a delegate for a period; meanwhile the delegate sees what
 * waits for the approver in his own inbox and decides for him — the decision records on whose behalf. Everyone keeps
 * only his own delegations (and sees the ones made to him).
 */
@Service
@Transactional
public class ApprovalDelegations {

    static final int MAX_DAYS = 90;

    private final Delegations delegations;
    private final UserDirectory directory;
    private final Clock clock;

    ApprovalDelegations(Delegations delegations, UserDirectory directory, Clock clock) {
        this.delegations = delegations;
        this.directory = directory;
        this.clock = clock;
    }

    /** Mine (current and coming) and those made to me that are active today. */
    @Transactional(readOnly = true)
    public List<DelegationView> mine() {
        CurrentUser me = directory.require();
        LocalDate today = today(me);
        return Stream.concat(
                        delegations.currentOrComingOf(me.id(), today).stream(),
                        delegations.activeFor(me.id(), today).stream())
                .map(d -> view(d, today))
                .toList();
    }

    public DelegationView delegate(long delegateId, LocalDate from, LocalDate to, String note) {
        CurrentUser me = directory.require();
        if (delegateId == me.id()) {
            throw new BusinessRuleException("delegateId", "delegation.self");
        }
        if (directory.mailContact(delegateId).isEmpty()) {
            throw new BusinessRuleException("delegateId", "delegation.delegateUnknown");
        }
        if (from == null) {
            throw new BusinessRuleException("from", "field.required");
        }
        if (to == null) {
            throw new BusinessRuleException("to", "field.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("to", "delegation.toBeforeFrom");
        }
        if (to.isBefore(today(me))) {
            throw new BusinessRuleException("to", "delegation.past");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessRuleException("to", "delegation.tooLong", MAX_DAYS);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 200) {
            throw new BusinessRuleException("note", "delegation.noteLength", 200);
        }
        // one delegate at a time: a period overlapping an earlier one replaces it
        delegations.currentOrComingOf(me.id(), today(me)).stream()
                .filter(d -> !d.getValidFrom().isAfter(to) && !d.getValidTo().isBefore(from))
                .forEach(Delegation::cancel);
        Delegation d = delegations.saveAndFlush(new Delegation(me.id(), delegateId, from, to, text));
        return view(d, today(me));
    }

    public void cancel(long id) {
        CurrentUser me = directory.require();
        Delegation d = delegations
                .findById(id)
                .filter(x -> x.getUserId() == me.id())
                .orElseThrow(() -> new RecordNotFoundException("Delegation", id));
        d.cancel();
    }

    /** The users the given user decides for today (their delegate is he). */
    @Transactional(readOnly = true)
    public List<Long> delegatorsOf(long delegateId) {
        return delegations.activeFor(delegateId, LocalDate.now(clock)).stream()
                .map(Delegation::getUserId)
                .distinct()
                .toList();
    }

    /** The user's delegate today, if he is away. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> delegateOf(long userId) {
        return delegations.activeOf(userId, LocalDate.now(clock)).stream()
                .findFirst()
                .map(Delegation::getDelegateId);
    }

    private LocalDate today(CurrentUser me) {
        return LocalDate.now(clock.withZone(me.zoneId()));
    }

    private DelegationView view(Delegation d, LocalDate today) {
        Map<Long, String> names = directory.displayNames(List.of(d.getUserId(), d.getDelegateId()));
        return new DelegationView(
                d.getId(),
                d.getUserId(),
                names.getOrDefault(d.getUserId(), "#" + d.getUserId()),
                d.getDelegateId(),
                names.getOrDefault(d.getDelegateId(), "#" + d.getDelegateId()),
                d.getValidFrom(),
                d.getValidTo(),
                d.getNote(),
                d.activeOn(today));
    }
}
