package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.approval.ApprovalFlows;
import com.yiti.approval.FlowData;
import com.yiti.approval.FlowView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.purchasing.PurchaseOrderView;
import com.yiti.purchasing.PurchasingManagement;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A two-step approval built by ADMIN on screen: purchasing submits a purchase order, the manager approves it on a
 * phone-width page, finance rejects it with a comment, purchasing sees why under the bell, changes it and submits it
 * again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class ApprovalBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    ApprovalFlows flows;

    @Autowired
    PurchasingManagement purchasing;

    @Autowired
    JdbcTemplate jdbc;

    final ChromeDriver driver = Browser.get();

    Optional<FlowView> before;

    String base() {
        return "http://localhost:" + port;
    }

    @BeforeEach
    void remember() {
        before = flows.of("PURCHASE_ORDER");
    }

    @AfterEach
    void restore() {
        driver.manage().deleteAllCookies();
        Pages.desktopSize(driver);
        FlowView now = flows.of("PURCHASE_ORDER").orElseThrow();
        users.runAs(
                "admin",
                () -> flows.save(
                        "PURCHASE_ORDER",
                        now.version(),
                        before.map(b -> new FlowData(b.name(), b.active(), b.steps()))
                                .orElse(new FlowData("off", false, now.steps()))));
        jdbc.update("update plt_task set status = 'DONE' where rule = 'approval' and status = 'OPEN'");
    }

    void signIn(String user) {
        driver.manage().deleteAllCookies();
        Pages.LoginPage.open(driver, base()).signIn(user, "demo123");
    }

    static void select(WebDriver driver, String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    @Test
    void adminBuildsTwoStepsTheManagerApprovesOnAPhoneFinanceRejectsAndTheBuyerResubmits() {
        // ADMIN builds the flow: the manager from ¥1,000, then finance
        signIn("admin");
        Pages.open(driver, base() + "/admin/approval-flows/PURCHASE_ORDER");
        var name = driver.findElement(By.id("name"));
        name.clear();
        name.sendKeys("两级审批 Two steps");
        var step1 = driver.findElement(By.id("steps0.name"));
        step1.clear();
        step1.sendKeys("主管 Manager");
        new Select(driver.findElement(By.id("steps0.approvers"))).deselectAll();
        select(driver, "steps0.approvers", "ROLE:MANAGER");
        var min1 = driver.findElement(By.id("steps0.minAmount"));
        min1.clear();
        min1.sendKeys("1000");
        var step2 = driver.findElement(By.id("steps1.name"));
        step2.clear();
        step2.sendKeys("财务 Finance");
        new Select(driver.findElement(By.id("steps1.approvers"))).deselectAll();
        select(driver, "steps1.approvers", "ROLE:FINANCE");
        driver.findElement(By.id("steps1.minAmount")).clear();
        Pages.click(driver, By.id("flow-save"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        Screenshots.take(driver, "approval-flow");

        // purchasing submits a ¥3,000 order
        ProductView p = fixtures.product(ProductType.BOUGHT, "20", 5, "0");
        long supplier = jdbc.queryForObject("select min(id) from pur_supplier where active = true", Long.class);
        PurchaseOrderView po = users.runAs("purchasing", () -> {
            var req = purchasing.requisitionReorder(p.id(), fixtures.warehouse(), new BigDecimal("300"));
            return purchasing.createPurchaseOrder(
                    supplier, List.of(req.id()), LocalDate.now().plusDays(9));
        });
        signIn("purchasing");
        Pages.open(driver, base() + "/purchasing/orders/" + po.id());
        assertThat(driver.findElements(By.id("po-send")))
                .as("not sendable before approval")
                .isEmpty();
        driver.findElement(By.id("po-submit-approval")).click();
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("po-approval"), "Pending approval"));

        // the manager approves on a phone
        signIn("manager");
        Pages.phoneSize(driver);
        Pages.open(driver, base() + "/approvals");
        driver.findElements(By.cssSelector("#approval-list a[id^='approval-']")).stream()
                .filter(a -> a.getText().contains(po.number()))
                .findFirst()
                .orElseThrow()
                .click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("approval-approve")));
        assertThat(driver.findElement(By.id("approval-title")).getText()).contains(po.number());
        Screenshots.take(driver, "approval-phone");
        Pages.click(driver, By.id("approval-approve"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        Pages.desktopSize(driver);

        // finance rejects with a comment
        signIn("finance");
        Pages.open(driver, base() + "/approvals");
        driver.findElements(By.cssSelector("#approval-list a[id^='approval-']")).stream()
                .filter(a -> a.getText().contains(po.number()))
                .findFirst()
                .orElseThrow()
                .click();
        Pages.waitFor(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("comment")))
                .sendKeys("单价偏高 price above the contract");
        Pages.click(driver, By.id("approval-reject"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

        // purchasing is told under the bell, sees why on the order, and submits it again
        signIn("purchasing");
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("bell-count")));
        Pages.open(driver, base() + "/notifications");
        assertThat(driver.findElement(By.id("notification-list")).getText())
                .contains(po.number())
                .contains("price above the contract");
        Pages.open(driver, base() + "/purchasing/orders/" + po.id());
        assertThat(driver.findElement(By.id("po-approval")).getText()).isEqualTo("Rejected");
        assertThat(driver.findElement(By.id("po-approvals")).getText())
                .contains("manager")
                .contains("price above the contract");
        driver.findElement(By.id("po-submit-approval")).click();
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("po-approval"), "Pending approval"));
        Screenshots.take(driver, "approval-resubmitted");
    }
}
