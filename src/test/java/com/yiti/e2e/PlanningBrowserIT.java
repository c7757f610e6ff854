package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderView;
import com.yiti.production.BomData;
import com.yiti.production.BomManagement;
import com.yiti.production.BomView;
import com.yiti.production.RoutingData;
import com.yiti.production.RoutingManagement;
import com.yiti.production.WorkCentreData;
import com.yiti.production.WorkCentreManagement;
import com.yiti.production.WorkCentreView;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.purchasing.RequisitionLineView;
import com.yiti.purchasing.RequisitionStatus;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Make what was sold, in two browsers: sales1 confirms an order for a made product whose component is not in stock
 * and sees why it is promised when it is; the planner runs material planning, firms the pegged proposals (a
 * production order and a requisition), purchasing orders and receives the component, the planner releases the work
 * order, reports its operation on the shop floor and completes it, and the warehouse ships — while the rep's order
 * page follows each step without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class PlanningBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    BomManagement boms;

    @Autowired
    RoutingManagement routings;

    @Autowired
    WorkCentreManagement workCentres;

    @Autowired
    PurchasingManagement purchasing;

    @Autowired
    JdbcTemplate jdbc;

    final ChromeDriver sales = Browser.get();
    final ChromeDriver planner = Browser.second();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        sales.manage().deleteAllCookies();
        planner.manage().deleteAllCookies();
        jdbc.update("update plt_task set status = 'DONE' where rule = 'mrp-order-by' and status = 'OPEN'");
    }

    static String timeline(WebDriver driver) {
        return driver.findElement(By.id("order-timeline")).getText();
    }

    static void accept(WebDriver driver) {
        Pages.waitFor(driver).until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    void aShortMadeProductIsPlannedBoughtMadeAndShippedWhileTheRepWatches() {
        ProductView component = fixtures.product(ProductType.BOUGHT, "12.00", 7, "0");
        ProductView made = fixtures.product(ProductType.MADE, "900.00", 20, "0");
        users.runAs("production", () -> {
            BomView bill = boms.create(new BomData(
                    made.id(),
                    null,
                    null,
                    List.of(new BomData.Line(component.id(), new BigDecimal("2"), BigDecimal.ZERO, false))));
            boms.activate(bill.id(), bill.version(), null);
            WorkCentreView wc = workCentres.create(new WorkCentreData(
                    "E2E-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(),
                    "总装 Final assembly",
                    1,
                    new BigDecimal("8"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    new BigDecimal("60"),
                    new BigDecimal("20"),
                    true));
            return routings.create(new RoutingData(
                    made.id(),
                    BigDecimal.ONE,
                    null,
                    List.of(new RoutingData.Operation(wc.id(), "装配 Assembly", BigDecimal.ZERO, new BigDecimal("30")))));
        });
        CustomerView customer = crm.customerOf("sales1");
        OrderView draft = fixtures.draft("sales1", customer.id(), made, "3");

        // sales1 confirms: the component is a week away, and the order says so
        Pages.LoginPage.open(sales, base()).signIn("sales1", "demo123");
        Pages.open(sales, base() + "/orders/" + draft.id());
        sales.findElement(By.id("order-confirm")).click();
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Confirmed"));
        assertThat(timeline(sales))
                .contains(made.sku() + ": promised")
                .contains("component " + component.sku() + " not here until "
                        + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7));
        String promised = sales.findElement(By.id("order-promised")).getText();
        Screenshots.take(sales, "planning-order-promised");
        ((JavascriptExecutor) sales).executeScript("window.yitiNoReload = true");

        // the planner runs material planning and firms what it proposes for the order
        Pages.LoginPage.open(planner, base()).signIn("production", "demo123");
        Pages.open(planner, base() + "/production/mrp");
        planner.findElement(By.id("mrp-run")).click();
        Pages.live(planner)
                .until(d -> d.findElements(By.cssSelector("#mrp-run-table .text-bg-warning"))
                                .isEmpty()
                        && !d.findElements(By.cssSelector("#mrp-run-table .text-bg-success"))
                                .isEmpty());
        Pages.open(planner, base() + "/production/mrp?q=" + made.sku());
        planner.findElement(By.linkText(made.sku())).click();
        assertThat(planner.findElement(By.id("proposal-pegs")).getText()).contains(draft.number());
        Screenshots.take(planner, "planning-proposal");
        planner.findElement(By.id("proposal-firm")).click();
        accept(planner);
        Pages.waitFor(planner).until(ExpectedConditions.textToBe(By.id("proposal-status"), "Firmed"));
        String mo = planner.findElement(By.id("proposal-document")).getText();
        assertThat(mo).startsWith("MO-");
        String moUrl = planner.findElement(By.id("proposal-document")).getAttribute("href");

        Pages.open(planner, base() + "/production/mrp?q=" + component.sku());
        planner.findElement(By.linkText(component.sku())).click();
        assertThat(planner.findElement(By.id("proposal-pegs")).getText()).contains(made.sku());
        planner.findElement(By.id("proposal-firm")).click();
        accept(planner);
        Pages.waitFor(planner).until(ExpectedConditions.textToBe(By.id("proposal-status"), "Firmed"));
        assertThat(planner.findElement(By.id("proposal-document")).getText()).startsWith("REQ-");

        Pages.open(planner, base() + "/production/capacity");
        assertThat(planner.findElement(By.id("capacity-gantt")).getText()).contains(mo);
        Screenshots.take(planner, "planning-capacity");

        // purchasing orders the component and the warehouse receives it
        long supplier = jdbc.queryForObject("select min(id) from pur_supplier where active = true", Long.class);
        PurchaseOrderView po =
                users.runAs("purchasing", () -> {
                    List<Long> reqs = purchasing
                            .requisitions(RequisitionStatus.OPEN, component.sku(), PageRequest.of(0, 10))
                            .getContent()
                            .stream()
                            .filter(r -> r.sku().equals(component.sku()))
                            .map(RequisitionLineView::id)
                            .toList();
                    PurchaseOrderView created = purchasing.createPurchaseOrder(
                            supplier,
                            reqs,
                            LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7));
                    return purchasing.send(created.id(), created.version());
                });
        users.runAs(
                "warehouse",
                () -> purchasing.receive(po.id(), Map.of(po.lines().get(0).id(), new BigDecimal("6")), "e2e"));

        // the planner releases the work order, reports the operation from the shop floor and completes it
        Pages.open(planner, moUrl);
        planner.findElement(By.id("production-start")).click();
        Pages.waitFor(planner).until(ExpectedConditions.textToBe(By.id("production-status"), "Started"));
        Pages.open(planner, base() + "/production/shop-floor");
        var card = planner.findElements(By.cssSelector(".shop-floor .card")).stream()
                .filter(c -> c.getText().contains(mo))
                .findFirst()
                .orElseThrow();
        String opId = card.getAttribute("id").substring("operation-".length());
        Pages.click(planner, By.id("operation-start-" + opId));
        // the start reloads the page: wait for its answer before typing into the report form
        Pages.waitFor(planner).until(ExpectedConditions.textToBe(By.id("flash-message"), "Operation started."));
        Pages.waitFor(planner).until(ExpectedConditions.invisibilityOfElementLocated(By.id("operation-start-" + opId)));
        planner.findElement(By.id("hours-" + opId)).sendKeys("1.5");
        planner.findElement(By.id("good-" + opId)).sendKeys("3");
        Pages.click(planner, By.id("done-" + opId));
        Pages.click(planner, By.id("operation-report-" + opId));
        Pages.waitFor(planner).until(ExpectedConditions.textToBe(By.id("flash-message"), "Reported."));
        Screenshots.take(planner, "planning-shop-floor");
        Pages.open(planner, moUrl);
        assertThat(planner.findElement(By.id("producedQuantity")).getAttribute("value"))
                .isEqualTo("3");
        planner.findElement(By.id("production-complete")).click();
        Pages.waitFor(planner).until(ExpectedConditions.textToBe(By.id("production-status"), "Completed"));

        // the rep's page shows the goods made and reserved, then shipped
        Pages.live(sales).until(d -> timeline(d).contains("Produced: 3 × " + made.sku()));
        long lineId = draft.lines().get(0).id();
        users.runAs("warehouse", () -> fixtures.ship(draft.id(), lineId, "3", "SF-E2E-17"));
        Pages.live(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Shipped"));
        assertThat(sales.findElement(By.id("order-promised")).getText()).isEqualTo(promised);
        assertThat(((JavascriptExecutor) sales).executeScript("return window.yitiNoReload === true"))
                .as("the rep's page was never reloaded")
                .isEqualTo(true);
        Screenshots.take(sales, "planning-order-shipped");
    }
}
