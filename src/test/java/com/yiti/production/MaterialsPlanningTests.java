package com.yiti.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.production.internal.Forecast;
import com.yiti.production.internal.Forecasts;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Material planning against the database: a customer's order for a made product short of stock and components
 * becomes pegged proposals level by level; firming them makes a production order that takes over the order line's
 * plan line and a requisition; the next run keeps them and proposes nothing more. The forecast less what orders ask
 * for is planned too. One run at a time; PURCHASING reads, only PRODUCTION decides.
 */
@YitiTest
class MaterialsPlanningTests {

    @Autowired
    TestUsers users;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderManagement orders;

    @Autowired
    BomManagement boms;

    @Autowired
    MaterialsPlanning planning;

    @Autowired
    PlanningProposals proposals;

    @Autowired
    ProductionManagement production;

    @Autowired
    Forecasts forecasts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void closeWarnings() {
        // a run warns purchasing and production about the whole shared test database: leave other tests' inboxes
        jdbc.update("update plt_task set status = 'DONE' where rule = 'mrp-order-by' and status = 'OPEN'");
    }

    /** A made product of 2 × a bought component, in force. */
    record Kit(ProductView made, ProductView component) {}

    Kit kit(String componentOnHand) {
        ProductView component = fixtures.product(ProductType.BOUGHT, "5", 7, componentOnHand);
        ProductView made = fixtures.product(ProductType.MADE, "100", 3, "0");
        users.runAs("production", () -> {
            BomView draft = boms.create(new BomData(
                    made.id(),
                    null,
                    null,
                    List.of(new BomData.Line(component.id(), new BigDecimal("2"), BigDecimal.ZERO, false))));
            return boms.activate(draft.id(), draft.version(), null);
        });
        return new Kit(made, component);
    }

    ProposalView proposalOf(ProductView product) {
        List<ProposalView> found = users.runAs(
                        "production", () -> proposals.list(null, null, product.sku(), false, PageRequest.of(0, 10)))
                .getContent();
        assertThat(found).as("proposals of " + product.sku()).hasSize(1);
        return users.runAs("production", () -> proposals.get(found.get(0).id()));
    }

    List<ProposalView> proposalsOf(ProductView product) {
        return users.runAs("production", () -> proposals.list(null, null, product.sku(), false, PageRequest.of(0, 10)))
                .getContent();
    }

    @Test
    void anOrderShortOfAMadeProductIsPlannedLevelByLevelFirmedAndKeptByTheNextRun() {
        Kit kit = kit("4");
        var customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), kit.made(), 5);
        OrderView order = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        long orderLineId = order.lines().get(0).id();

        MrpRunView run = planning.runNow("MANUAL", "production");
        assertThat(run.status()).as(run.error()).isEqualTo(MrpRunStatus.DONE);
        assertThat(run.proposals()).isPositive();

        // 5 to make for the order, pegged to its line
        ProposalView make = proposalOf(kit.made());
        assertThat(make.make()).isTrue();
        assertThat(make.quantity()).isEqualByComparingTo("5");
        assertThat(make.pegs()).singleElement().satisfies(peg -> {
            assertThat(peg.kind()).isEqualTo(DemandKind.ORDER);
            assertThat(peg.reference()).isEqualTo(order.number());
            assertThat(peg.orderLineId()).isEqualTo(orderLineId);
        });
        // its components: 10 needed, 4 free → buy 6, needed when the make starts, pegged to the make proposal
        ProposalView buy = proposalOf(kit.component());
        assertThat(buy.make()).isFalse();
        assertThat(buy.quantity()).isEqualByComparingTo("6");
        assertThat(buy.due()).isEqualTo(make.start());
        assertThat(buy.lowLevelCode()).isGreaterThan(make.lowLevelCode());
        assertThat(buy.pegs()).singleElement().satisfies(peg -> {
            assertThat(peg.kind()).isEqualTo(DemandKind.COMPONENT);
            assertThat(peg.parentProposalId()).isEqualTo(make.id());
        });
        // the planner's page of the proposal names the order it serves and the component proposal its parent
        assertThat(mvcText("/production/mrp/proposals/" + make.id(), "production"))
                .contains(order.number());
        assertThat(mvcText("/production/mrp/proposals/" + buy.id(), "purchasing"))
                .contains(kit.made().sku())
                .doesNotContain("proposal-firm");
        // the order page sees what plans for its line
        assertThat(users.runAs("production", () -> proposals.forOrderLines(List.of(orderLineId))))
                .extracting(ProposalView::id)
                .containsExactly(make.id());

        // purchasing reads but does not decide
        assertThatThrownBy(() -> users.runAs("purchasing", () -> proposals.firm(buy.id(), buy.version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        ProposalView firmedMake = users.runAs("production", () -> proposals.firm(make.id(), make.version()));
        assertThat(firmedMake.status()).isEqualTo(ProposalStatus.FIRMED);
        assertThat(firmedMake.documentNumber()).startsWith("MO-");
        // the order line's plan line moved onto the new production order: the rep's page follows it
        List<PlanLineView> lines = users.runAs("production", () -> production.forOrderLines(List.of(orderLineId)));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(PlanLineStatus.PLANNED);
            assertThat(l.productionOrderId()).isEqualTo(firmedMake.documentId());
        });
        assertThat(users.runAs("production", () -> production.order(firmedMake.documentId()))
                        .quantity())
                .isEqualByComparingTo("5");

        ProposalView changed = users.runAs(
                "production",
                () -> proposals.change(
                        buy.id(), buy.version(), new BigDecimal("8"), buy.due().plusDays(1)));
        assertThat(changed.quantity()).isEqualByComparingTo("8");
        assertThat(changed.proposedQuantity()).isEqualByComparingTo("6");
        ProposalView firmedBuy = users.runAs("production", () -> proposals.firm(changed.id(), changed.version()));
        assertThat(firmedBuy.documentNumber()).startsWith("REQ-");
        assertThat(jdbc.queryForObject(
                        "select quantity from pur_requisition_line where id = ?",
                        BigDecimal.class,
                        firmedBuy.documentId()))
                .isEqualByComparingTo("8");
        assertThatThrownBy(() -> users.runAs("production", () -> proposals.drop(firmedBuy.id(), firmedBuy.version())))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("mrp.notProposed"));

        // the next run: the production order and the requisition are supply now, nothing more is proposed
        assertThat(planning.runNow("MANUAL", "production").status()).isEqualTo(MrpRunStatus.DONE);
        assertThat(proposalsOf(kit.made()))
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(ProposalStatus.FIRMED));
        assertThat(proposalsOf(kit.component()))
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(ProposalStatus.FIRMED));
    }

    @Test
    void theForecastLessWhatOrdersAskForIsPlannedAndWarnsPurchasing() {
        ProductView bought = fixtures.product(ProductType.BOUGHT, "5", 30, "0");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        YearMonth next = YearMonth.from(today).plusMonths(1);
        Forecast f = new Forecast(bought.id(), fixtures.warehouse(), next.atDay(1));
        f.computed(new BigDecimal("1200"), "HOLT", new BigDecimal("12.5"), Instant.now());
        forecasts.saveAndFlush(f);

        planning.runNow("MANUAL", "production");
        ProposalView buy = proposalOf(bought);
        assertThat(buy.quantity()).isEqualByComparingTo("1200");
        assertThat(buy.due()).isEqualTo(next.atDay(1));
        // bought in 30 days: order a month ahead
        assertThat(buy.start()).isEqualTo(next.atDay(1).minusDays(30));
        assertThat(buy.pegs()).singleElement().satisfies(peg -> {
            assertThat(peg.kind()).isEqualTo(DemandKind.FORECAST);
            assertThat(peg.reference()).isEqualTo(next.toString());
        });
        // it must be ordered within the warning window: purchasing has it in the inbox, with what is free and the
        // lead time ("the forecast for 2027-01 needs … × 1200 by …; 0 free, lead time 30 days — order by …")
        assertThat(buy.start()).isBefore(today.plusDays(MaterialsPlanning.WARN_DAYS));
        assertThat(jdbc.queryForList(
                        "select concat(title_key, ' ', title_args) from plt_task where rule = 'mrp-order-by'"
                                + " and status = 'OPEN' and assignee_role = 'PURCHASING' and record_ref = ?",
                        String.class,
                        "mrp:" + bought.id() + ":" + fixtures.warehouse()))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .startsWith("mrp.task.buy.FORECAST")
                        .contains(bought.sku(), "1200", next.toString(), "30"));

        // the planner overrides the month; the next run plans the override
        ForecastView view = users.runAs("production", () -> {
            var month = forecasts.findById(f.getId()).orElseThrow();
            return forecastsFacade.override(month.getId(), month.getVersion(), new BigDecimal("900"));
        });
        assertThat(view.months())
                .filteredOn(m -> m.month().equals(next))
                .singleElement()
                .satisfies(m -> assertThat(m.effective()).isEqualByComparingTo("900"));
        planning.runNow("MANUAL", "production");
        assertThat(proposalOf(bought).quantity()).isEqualByComparingTo("900");
        assertThat(mvcText("/production/forecasts/" + bought.id(), "production"))
                .contains("1200")
                .contains("value=\"900\"");
    }

    @Autowired
    DemandForecasts forecastsFacade;

    String mvcText(String url, String user) {
        try {
            return mvc.perform(get(url).with(users.as(user)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneRunAtATime() {
        jdbc.update(
                "insert into prd_mrp_run (status, run_trigger, running_slot, started_at, started_by, products_planned,"
                        + " demands, proposals, late_proposals, version) values ('RUNNING', 'MANUAL', 1, ?, 'other-node', 0,"
                        + " 0, 0, 0, 0)",
                java.sql.Timestamp.from(Instant.now()));
        try {
            assertThatThrownBy(() -> planning.runNow("MANUAL", "production"))
                    .isInstanceOfSatisfying(
                            BusinessRuleException.class,
                            e -> assertThat(e.code()).isEqualTo("mrp.alreadyRunning"));
            // a run that died with its node an hour ago is given up and the slot taken over
            jdbc.update(
                    "update prd_mrp_run set started_at = ? where started_by = 'other-node' and status = 'RUNNING'",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(3600)));
            assertThat(planning.runNow("MANUAL", "production").status()).isEqualTo(MrpRunStatus.DONE);
            assertThat(jdbc.queryForObject(
                            "select count(*) from prd_mrp_run where started_by = 'other-node' and status = 'FAILED'",
                            Integer.class))
                    .isPositive();
        } finally {
            jdbc.update(
                    "update prd_mrp_run set status = 'FAILED', running_slot = null where started_by = 'other-node'");
        }
    }

    @Test
    void theApiStartsARunReportsItAndGuardsWhoDecides() throws Exception {
        String location = mvc.perform(post("/api/v1/mrp/runs").header("Authorization", "Bearer demo-production-key"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String state = "RUNNING";
        for (int i = 0; i < 600 && state.equals("RUNNING"); i++) {
            Thread.sleep(100);
            state = com.jayway.jsonpath.JsonPath.read(
                    mvc.perform(get(location).header("Authorization", "Bearer demo-purchasing-key"))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.status");
        }
        assertThat(state).isEqualTo("DONE");
        mvc.perform(get("/api/v1/mrp/proposals").header("Authorization", "Bearer demo-purchasing-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isArray());
        // the run's own proposals, each with what it serves
        mvc.perform(get(location + "/proposals?size=5").header("Authorization", "Bearer demo-production-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].pegs").isArray())
                .andExpect(jsonPath("$.content[0].pegs[0].kind").exists());
        mvc.perform(post("/api/v1/mrp/runs").header("Authorization", "Bearer demo-purchasing-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/mrp/runs").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        ProductView bought = fixtures.product(ProductType.BOUGHT, "5", 3, "0");
        mvc.perform(put("/api/v1/mrp/policies/" + bought.id())
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"policy\": \"FIXED\", \"lotQuantity\": 0}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("lotQuantity"));
        mvc.perform(put("/api/v1/mrp/policies/" + bought.id())
                        .header("Authorization", "Bearer demo-production-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"policy\": \"MIN_MULTIPLE\", \"lotQuantity\": 50,"
                                + " \"lotMultiple\": 25, \"safetyStock\": 10}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policy").value("MIN_MULTIPLE"))
                .andExpect(jsonPath("$.version").value(0));
        // the screens: the planner's list and the purchaser reading it
        mvc.perform(get("/production/mrp").with(users.as("production"))).andExpect(status().isOk());
        mvc.perform(get("/production/mrp").with(users.as("purchasing"))).andExpect(status().isOk());
        mvc.perform(get("/production/forecasts").with(users.as("manager"))).andExpect(status().isOk());
    }
}
