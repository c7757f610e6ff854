package com.yiti.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.customer.CustomerManagement;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.platform.TaskView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@YitiTest
class PipelineTests {

    @Autowired
    LeadManagement leads;

    @Autowired
    OpportunityManagement opportunities;

    @Autowired
    ActivityManagement activities;

    @Autowired
    CustomerManagement customers;

    @Autowired
    TaskManagement tasks;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures fixtures;

    @Test
    void qualifyingCreatesCustomerContactAndOpportunityCarryingEverythingOver() {
        LeadView lead = fixtures.leadOf("sales1");
        LocalDate close = LocalDate.now().plusDays(45);
        QualificationResult result = users.runAs(
                "sales1", () -> leads.qualify(lead.id(), new Qualification(null, false, "200 sensors", null, close)));

        var customer = users.runAs("sales1", () -> customers.get(result.customerId()));
        assertThat(customer.name()).isEqualTo(lead.company());
        assertThat(customer.ownerId()).isEqualTo(lead.ownerId());
        var contact = users.runAs("sales1", () -> customers.contacts(result.customerId()))
                .get(0);
        assertThat(contact.name()).isEqualTo("周先生");
        assertThat(contact.title()).isEqualTo("采购经理");
        assertThat(contact.mobile()).isEqualTo("13800138000");
        assertThat(contact.email()).isEqualTo("zhou@example.com");
        assertThat(contact.primary()).isTrue();
        var opportunity = users.runAs("sales1", () -> opportunities.get(result.opportunityId()));
        assertThat(opportunity.title()).isEqualTo("200 sensors");
        assertThat(opportunity.amount()).isEqualByComparingTo("120000.00");
        assertThat(opportunity.stage()).isEqualTo(Stage.QUALIFICATION);
        assertThat(opportunity.expectedCloseDate()).isEqualTo(close);
        assertThat(opportunity.leadId()).isEqualTo(lead.id());
        assertThat(opportunity.nextStep()).isEqualTo("wants a quote for 200 units");

        var after = users.runAs("sales1", () -> leads.get(lead.id()));
        assertThat(after.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(after.customerId()).isEqualTo(result.customerId());
        assertThat(after.opportunityId()).isEqualTo(result.opportunityId());

        assertThatThrownBy(() -> users.runAs(
                        "sales1", () -> leads.qualify(lead.id(), new Qualification(null, true, null, null, null))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void qualifyingCanLinkAnExistingCustomer() {
        var existing = fixtures.customerOf("sales1");
        LeadView lead = fixtures.leadOf("sales1");
        var result = users.runAs(
                "sales1", () -> leads.qualify(lead.id(), new Qualification(existing.id(), false, null, null, null)));
        assertThat(result.customerId()).isEqualTo(existing.id());
        assertThat(users.runAs("sales1", () -> customers.contacts(existing.id())))
                .extracting(c -> c.name())
                .contains("周先生");
    }

    @Test
    void aFailedQualificationLeavesNothingBehind() {
        LeadView lead = fixtures.leadOf("sales1");
        long opportunitiesBefore = count("sales1");
        // customer and contact are created first; the opportunity then fails on its date: all must roll back
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> leads.qualify(
                                lead.id(),
                                new Qualification(
                                        null, true, null, null, LocalDate.now().minusYears(3)))))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("expectedCloseDate"));
        assertThat(users.runAs("sales1", () -> leads.get(lead.id()).status())).isEqualTo(LeadStatus.NEW);
        assertThat(count("sales1")).isEqualTo(opportunitiesBefore);
        assertThat(users.runAs(
                        "admin",
                        () -> customers
                                .search(
                                        new com.yiti.customer.CustomerFilter(lead.company(), null, null, null, null),
                                        PageRequest.of(0, 5))
                                .getTotalElements()))
                .isZero();
    }

    @Test
    void disqualifyingNeedsAReason() {
        LeadView lead = fixtures.leadOf("sales2");
        assertThatThrownBy(
                        () -> users.runAs("sales2", () -> leads.changeStatus(lead.id(), LeadStatus.DISQUALIFIED, " ")))
                .isInstanceOf(BusinessRuleException.class);
        var done = users.runAs("sales2", () -> leads.changeStatus(lead.id(), LeadStatus.DISQUALIFIED, "no budget"));
        assertThat(done.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(done.disqualifyReason()).isEqualTo("no budget");
    }

    @Test
    void stageMovesAreKeptInHistoryAndLostNeedsAReason() {
        var customer = fixtures.customerOf("sales1");
        var o = fixtures.opportunityOf("sales1", customer.id(), new BigDecimal("1000.00"));
        users.runAs("sales1", () -> opportunities.changeStage(o.id(), Stage.PROPOSAL, null));
        assertThatThrownBy(() -> users.runAs("sales1", () -> opportunities.changeStage(o.id(), Stage.LOST, null)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("lostReason"));
        var lost = users.runAs("sales1", () -> opportunities.changeStage(o.id(), Stage.LOST, "price"));
        assertThat(lost.stage()).isEqualTo(Stage.LOST);
        assertThat(lost.probability()).isZero();
        assertThat(lost.closedAt()).isNotNull();
        assertThat(lost.lostReason()).isEqualTo("price");
        var reopened = users.runAs("sales1", () -> opportunities.changeStage(o.id(), Stage.NEGOTIATION, null));
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.lostReason()).isNull();
        assertThat(reopened.probability()).isEqualTo(75);

        List<StageChangeView> history = users.runAs("sales1", () -> opportunities.stageHistory(o.id()));
        assertThat(history)
                .extracting(StageChangeView::to)
                .containsExactly(Stage.NEGOTIATION, Stage.LOST, Stage.PROPOSAL, Stage.PROSPECTING);
        assertThat(history.get(0).from()).isEqualTo(Stage.LOST);
        assertThat(history.get(0).changedBy()).isEqualTo("sales1");
        assertThat(history.get(3).from()).isNull();
        // moving to the stage it is in changes nothing
        users.runAs("sales1", () -> opportunities.changeStage(o.id(), Stage.NEGOTIATION, null));
        assertThat(users.runAs("sales1", () -> opportunities.stageHistory(o.id())))
                .hasSize(4);
    }

    @Test
    void badAmountsAndDatesAreRefused() {
        var customer = fixtures.customerOf("sales1");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> opportunities.create(new OpportunityData(
                                customer.id(),
                                "neg",
                                new BigDecimal("-1"),
                                null,
                                null,
                                LocalDate.now(),
                                null,
                                null,
                                null))))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("amount"));
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> opportunities.create(new OpportunityData(
                                customer.id(),
                                "old",
                                BigDecimal.TEN,
                                null,
                                null,
                                LocalDate.now().minusYears(3),
                                null,
                                null,
                                null))))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("expectedCloseDate"));
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> opportunities.create(new OpportunityData(
                                customer.id(), "p", BigDecimal.TEN, null, 150, LocalDate.now(), null, null, null))))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("probability"));
        var others = fixtures.customerOf("sales3");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> opportunities.create(new OpportunityData(
                                others.id(), "x", BigDecimal.TEN, null, null, LocalDate.now(), null, null, null))))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("customerId"));
    }

    @Test
    void boardColumnsCountAndWeighExactly() {
        var customer = fixtures.customerOf("sales3");
        fixtures.opportunityOf("sales3", customer.id(), new BigDecimal("1000.00"));
        var b = fixtures.opportunityOf("sales3", customer.id(), new BigDecimal("333.33"));
        users.runAs("sales3", () -> opportunities.changeStage(b.id(), Stage.PROPOSAL, null));

        var filter = new OpportunityFilter(null, null, null, null, null, null, customer.id(), null);
        List<PipelineColumn> board = users.runAs("sales3", () -> opportunities.board(filter));
        PipelineColumn prospecting = board.get(Stage.PROSPECTING.ordinal());
        PipelineColumn proposal = board.get(Stage.PROPOSAL.ordinal());
        assertThat(prospecting.count()).isEqualTo(1);
        assertThat(prospecting.weightedAmount()).isEqualByComparingTo("100.00");
        assertThat(proposal.count()).isEqualTo(1);
        assertThat(proposal.amount()).isEqualByComparingTo("333.33");
        assertThat(proposal.weightedAmount()).isEqualByComparingTo("166.67");
        assertThat(board).hasSize(Stage.values().length);
        // another team's board does not see these
        var salesmgrBoard = users.runAs("salesmgr", () -> opportunities.board(filter));
        assertThat(salesmgrBoard).allMatch(c -> c.count() == 0);
    }

    @Test
    void aDueFollowUpBecomesATaskAndDoneClosesIt() {
        var customer = fixtures.customerOf("sales2");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var due = users.runAs(
                "sales2",
                () -> activities.create(new ActivityData(
                        ActivityType.FOLLOW_UP,
                        "send the quote",
                        null,
                        customer.id(),
                        null,
                        null,
                        today.minusDays(1),
                        null)));
        var later = users.runAs(
                "sales2",
                () -> activities.create(new ActivityData(
                        ActivityType.FOLLOW_UP,
                        "visit next month",
                        null,
                        customer.id(),
                        null,
                        null,
                        today.plusDays(30),
                        null)));
        activities.raiseDueFollowUps();
        activities.raiseDueFollowUps();

        CurrentUser sales2 = users.current("sales2");
        List<TaskView> open =
                tasks.inbox(sales2, TaskStatus.OPEN, PageRequest.of(0, 500)).getContent();
        assertThat(open)
                .filteredOn(t -> ("activity:" + due.id()).equals(t.recordRef()))
                .hasSize(1);
        assertThat(open).noneMatch(t -> ("activity:" + later.id()).equals(t.recordRef()));
        TaskView task = open.stream()
                .filter(t -> ("activity:" + due.id()).equals(t.recordRef()))
                .findFirst()
                .orElseThrow();
        assertThat(task.link()).isEqualTo("/customers/" + customer.id());
        assertThat(task.titleArgs()).containsExactly("send the quote", customer.name());

        users.runAs("sales2", () -> activities.complete(due.id()));
        assertThat(tasks.inbox(sales2, TaskStatus.OPEN, PageRequest.of(0, 500)).getContent())
                .noneMatch(t -> ("activity:" + due.id()).equals(t.recordRef()));
    }

    @Test
    void aFollowUpNeedsADueDateAndOneRecord() {
        var customer = fixtures.customerOf("sales2");
        assertThatThrownBy(() -> users.runAs(
                        "sales2",
                        () -> activities.create(new ActivityData(
                                ActivityType.FOLLOW_UP, "x", null, customer.id(), null, null, null, null))))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("dueDate"));
        assertThatThrownBy(() -> users.runAs(
                        "sales2",
                        () -> activities.create(
                                new ActivityData(ActivityType.CALL, "x", null, null, null, null, null, null))))
                .isInstanceOf(BusinessRuleException.class);
    }

    private long count(String rep) {
        return users.runAs(rep, () -> opportunities.search(OpportunityFilter.none(), PageRequest.of(0, 1)))
                .getTotalElements();
    }
}
