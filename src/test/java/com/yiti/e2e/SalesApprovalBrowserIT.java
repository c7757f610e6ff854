package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.approval.ApprovalFlows;
import com.yiti.approval.FlowData;
import com.yiti.approval.FlowView;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.LineData;
import com.yiti.order.QuotationData;
import com.yiti.order.QuotationManagement;
import com.yiti.order.QuotationView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import java.math.BigDecimal;
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
 * Issue 19's walk through on a sales document: ADMIN builds a two-step quotation flow on screen (the rep's department
 * head, then the head one level up, each only for a discount above 15 %); the rep asks for approval; his department
 * head (salesmgr) approves on a phone-width page; the head above (manager, the company's head) rejects with a
 * comment; the rep reads why under the bell and on the quotation's approval path, and asks again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class SalesApprovalBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    ApprovalFlows flows;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    JdbcTemplate jdbc;

    final ChromeDriver driver = Browser.get();

    FlowView before;

    String base() {
        return "http://localhost:" + port;
    }

    @BeforeEach
    void remember() {
        before = flows.of("QUOTATION").orElseThrow();
    }

    @AfterEach
    void restore() {
        driver.manage().deleteAllCookies();
        Pages.desktopSize(driver);
        FlowView now = flows.of("QUOTATION").orElseThrow();
        users.runAs(
                "admin",
                () -> flows.save(
                        "QUOTATION", now.version(), new FlowData(before.name(), before.active(), before.steps())));
        jdbc.update("update plt_task set status = 'DONE' where rule = 'approval' and status = 'OPEN'");
    }

    void signIn(String user) {
        driver.manage().deleteAllCookies();
        Pages.LoginPage.open(driver, base()).signIn(user, "demo123");
    }

    static void select(WebDriver driver, String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    static void type(WebDriver driver, String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void openRequest(String number) {
        Pages.open(driver, base() + "/approvals");
        String href = driver.findElements(By.cssSelector("#approval-list a[id^='approval-']")).stream()
                .filter(a -> a.getText().contains(number))
                .findFirst()
                .orElseThrow()
                .getAttribute("href");
        // followed as the link says (a long inbox may put it under the fixed footer on a small window)
        Pages.open(driver, href);
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("approval-title")));
    }

    @Test
    void theDepartmentHeadApprovesOnAPhoneTheHeadAboveRejectsAndTheRepAsksAgain() {
        // ADMIN: department head, then the head one level up, both only above 15 %
        signIn("admin");
        Pages.open(driver, base() + "/admin/approval-flows/QUOTATION");
        type(driver, "name", "两级折扣审批 Two-level discount approval");
        type(driver, "steps0.name", "部门负责人 Department head");
        new Select(driver.findElement(By.id("steps0.approvers"))).deselectAll();
        select(driver, "steps0.approvers", "SUBMITTER_MANAGER");
        type(driver, "steps0.condition", "discountPct > 15");
        type(driver, "steps1.name", "上级负责人 Head above");
        new Select(driver.findElement(By.id("steps1.approvers"))).deselectAll();
        select(driver, "steps1.approvers", "HEAD_ABOVE");
        type(driver, "steps1.condition", "discountPct > 15");
        Pages.click(driver, By.id("flow-save"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

        // sales1's quotation with a 20 % discount needs approval; he asks for it on its page
        ProductView p = fixtures.product(ProductType.BOUGHT, "500.00", 5, "10");
        CustomerView customer = crm.customerOf("sales1");
        QuotationView q = users.runAs("sales1", () -> {
            QuotationView created =
                    quotations.create(new QuotationData(customer.id(), null, fixtures.warehouse(), null, null));
            return quotations.addLine(
                    created.id(),
                    created.version(),
                    new LineData(p.id(), new BigDecimal("4"), null, new BigDecimal("20")));
        });
        signIn("sales1");
        Pages.open(driver, base() + "/quotations/" + q.id());
        Pages.click(driver, By.id("quotation-request-approval"));
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("quotation-approval"), "Approval pending"));

        // salesmgr, head of sales1's department, approves on a phone
        signIn("salesmgr");
        Pages.phoneSize(driver);
        openRequest(q.number());
        assertThat(driver.findElement(By.id("approval-title")).getText()).contains(q.number());
        Screenshots.take(driver, "sales-approval-phone");
        Pages.click(driver, By.id("approval-approve"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        Pages.desktopSize(driver);

        // manager, the head above (the regions have none), rejects with a comment
        signIn("manager");
        openRequest(q.number());
        Pages.waitFor(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("comment")))
                .sendKeys("折扣超出季度政策 beyond this quarter's policy");
        Pages.click(driver, By.id("approval-reject"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

        // sales1 is told, reads why on the quotation's path, and asks again
        signIn("sales1");
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("bell-count")));
        Pages.open(driver, base() + "/notifications");
        assertThat(driver.findElement(By.id("notification-list")).getText())
                .contains(q.number())
                .contains("beyond this quarter's policy");
        Pages.open(driver, base() + "/quotations/" + q.id());
        assertThat(driver.findElement(By.id("quotation-approval")).getText()).isEqualTo("Discount rejected");
        assertThat(driver.findElement(By.id("quotation-approvals")).getText())
                .contains("salesmgr")
                .contains("manager")
                .contains("beyond this quarter's policy");
        Screenshots.take(driver, "sales-approval-rejected");
        Pages.click(driver, By.id("quotation-request-approval"));
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("quotation-approval"), "Approval pending"));
    }
}
