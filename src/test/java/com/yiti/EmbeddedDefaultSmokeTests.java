package com.yiti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded default of `./mvnw spring-boot:run`: the default profile on H2 (MySQL mode), Liquibase migrations and
 * demo data. Keeps the newcomer's first command from rotting while the suite itself runs on MariaDB/MySQL.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:smoke;MODE=MySQL;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
@AutoConfigureMockMvc
class EmbeddedDefaultSmokeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.yiti.production.CapacityPlanning capacity;

    @Autowired
    com.yiti.support.TestUsers users;

    @Test
    void migrationsAndDemoDataLoadOnH2() {
        assertThat(jdbc.queryForObject("select count(*) from plt_user", Integer.class))
                .isGreaterThanOrEqualTo(11);
        assertThat(jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class))
                .isPositive();
    }

    @Test
    void demoUserSignsIn() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(post("/login").with(csrf()).param("username", "sales1").param("password", "demo123"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theManagersDashboardShowsTheDemoFiguresOnH2() throws Exception {
        for (String period : new String[] {"THIS_MONTH", "QUARTER_TO_DATE", "YEAR_TO_DATE"}) {
            String page = mvc.perform(get("/dashboard").param("period", period).with(users.as("manager")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).contains("id=\"kpi-revenue\"", "id=\"table-complaints\"", "id=\"definitions\"");
        }
        // the demo's invoices are in this year's rankings, its open opportunities in the pipeline totals
        assertThat(jdbc.queryForObject(
                        "select count(*) from dsh_revenue_customer where grain = 'Y' and owner_id = 0", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select sum(opportunities) from opp_pipeline_total", Integer.class))
                .isPositive();
    }

    @Autowired
    com.yiti.finance.LedgerManagement ledger;

    @Autowired
    com.yiti.inventory.StockValuation valuation;

    @Autowired
    com.yiti.inventory.InventoryManagement inventory;

    @Autowired
    com.yiti.inventory.LotTracking lots;

    /** The demo's books add up: stock at its moving average is the inventory account; GRNI and payables match. */
    @Test
    void theDemoBooksHoldTheirInvariantsOnH2() {
        assertThat(jdbc.queryForObject("select count(*) from fin_supplier_debit_note", Integer.class))
                .as("the demo's defective transmitters went back with a debit note")
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from pur_receipt where kind = 'RETURN'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from aft_ticket where lot_number is not null", Integer.class))
                .as("the demo complaint names a transmitter's serial number")
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from inv_lot_move where reason = 'SHIPMENT'", Integer.class))
                .as("serials and lots went to a customer")
                .isPositive();
        assertThat(lots.violations()).isEmpty();
        assertThat(valuation.stockValue()).isPositive();
        assertThat(valuation.violations()).isEmpty();
        assertThat(inventory.ledgerViolations()).isEmpty();
        assertThat(ledger.violations()).isEmpty();
    }

    /** The planning demo: production orders in every state, a finished run with a firmed proposal, a forecast. */
    @Test
    void theDemoPlansOnH2() throws Exception {
        assertThat(jdbc.queryForList("select distinct status from prd_production_order", String.class))
                .contains("PLANNED", "STARTED", "COMPLETED", "CANCELLED");
        assertThat(jdbc.queryForObject("select count(*) from prd_mrp_run where status = 'DONE'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from prd_mrp_proposal where status = 'FIRMED'", Integer.class))
                .as("a purchase proposal for sensors firmed into a requisition")
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from prd_mrp_peg", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(distinct product_id) from prd_forecast where method = 'HOLT_WINTERS'",
                        Integer.class))
                .as("two years of sales history brought over: seasonal forecasts")
                .isPositive();
        assertThat(capacity.load(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 28))
                .as("the assembly line's overloaded week")
                .anySatisfy(c -> {
                    assertThat(c.code()).isEqualTo("ASM");
                    assertThat(c.overloaded()).isTrue();
                });
        // the manager's dashboard: the load per work centre, plan adherence and the forecast's error
        String dashboard = mvc.perform(get("/dashboard").with(users.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("table-capacity-load", "kpi-plan-adherence", "kpi-forecast-error", "ASM");
    }
}
