package com.yiti.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@YitiTest
class TaskManagementTests {

    @Autowired
    TaskManagement tasks;

    @Autowired
    TestUsers users;

    @Test
    void inboxHoldsTasksForTheUserAndForTheirRoles() {
        var finance = users.create(EnumSet.of(Role.FINANCE));
        var other = users.create(EnumSet.of(Role.WAREHOUSE));
        String ref = UUID.randomUUID().toString();
        TaskView forUser = tasks.raise(task(finance.id(), null, "test.inbox", ref + "-u"));
        TaskView forRole = tasks.raise(task(null, Role.FINANCE, "test.inbox", ref + "-r"));
        TaskView forOther = tasks.raise(task(other.id(), null, "test.inbox", ref + "-o"));

        List<Long> inbox = ids(users.current(finance.username()), TaskStatus.OPEN);
        assertThat(inbox).contains(forUser.id(), forRole.id()).doesNotContain(forOther.id());
        assertThat(ids(users.current(other.username()), TaskStatus.OPEN))
                .contains(forOther.id())
                .doesNotContain(forUser.id(), forRole.id());
    }

    @Test
    void aRuleDoesNotRaiseTheSameTaskTwiceWhileItIsOpen() {
        var user = users.create(EnumSet.of(Role.FINANCE));
        String ref = "invoice-" + UUID.randomUUID();
        TaskView first = tasks.raise(task(user.id(), null, "test.dedupe", ref));
        TaskView again = tasks.raise(task(user.id(), null, "test.dedupe", ref));
        assertThat(again.id()).isEqualTo(first.id());

        assertThat(tasks.closeFor("test.dedupe", ref)).isEqualTo(1);
        TaskView afterClose = tasks.raise(task(user.id(), null, "test.dedupe", ref));
        assertThat(afterClose.id()).isNotEqualTo(first.id());
    }

    @Test
    void completingMovesATaskToDoneWithWhoAndWhen() {
        var user = users.create(EnumSet.of(Role.SERVICE));
        CurrentUser me = users.current(user.username());
        TaskView t = tasks.raise(task(null, Role.SERVICE, "test.complete", null));
        TaskView done = tasks.complete(t.id(), me);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completedBy()).isEqualTo(user.username());
        assertThat(done.completedAt()).isNotNull();
        assertThat(ids(me, TaskStatus.OPEN)).doesNotContain(t.id());
        assertThat(ids(me, TaskStatus.DONE)).contains(t.id());
    }

    @Test
    void someoneElsesTaskIsNotFound() {
        var owner = users.create(EnumSet.of(Role.SERVICE));
        var stranger = users.create(EnumSet.of(Role.WAREHOUSE));
        TaskView t = tasks.raise(task(owner.id(), null, "test.scope", null));
        assertThatThrownBy(() -> tasks.complete(t.id(), users.current(stranger.username())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aTaskNeedsAnAssignee() {
        assertThatThrownBy(() -> task(null, null, "test.none", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Long> ids(CurrentUser user, TaskStatus status) {
        return tasks.inbox(user, status, PageRequest.of(0, 100))
                .map(TaskView::id)
                .getContent();
    }

    private static NewTask task(Long userId, Role role, String rule, String ref) {
        return new NewTask("task.demo.changePasswords", List.of(), "/", userId, role, LocalDate.now(), rule, ref);
    }
}
