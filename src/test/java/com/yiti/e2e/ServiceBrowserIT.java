package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A complaint from a phone call, across roles: service opens it on the shipped order, traces it to the supplier and
 * authorises a return; sales1 sees the ticket on the customer's page; the warehouse receives the goods into
 * quarantine; finance issues the credit note and finds it on the invoice; purchasing finds the task in its inbox and
 * the product under quality issues.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class ServiceBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    com.yiti.support.TestUsers users;

    @Autowired
    com.yiti.order.OrderManagement orders;

    @Autowired
    com.yiti.finance.ReceivablesManagement receivables;

    final ChromeDriver driver = Browser.get();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void aComplaintFromACallReachesTheRepAndPurchasing() {
        ProductView product = fixtures.product(ProductType.BOUGHT, "88.00", 5, "10");
        CustomerView customer = crm.customerOf("sales1");
        // three units were sold and shipped last week
        var draft = fixtures.draft("sales1", customer.id(), product, 3);
        var order = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        long line = order.lines().get(0).id();
        users.runAs("warehouse", () -> fixtures.ship(order.id(), line, "3", "SF-E2E-RMA"));

        // service takes the call
        Pages.LoginPage.open(driver, base()).signIn("service", "demo123");
        Pages.open(driver, base() + "/tickets/new?customerId=" + customer.id());
        new Select(driver.findElement(By.id("type"))).selectByValue("COMPLAINT");
        new Select(driver.findElement(By.id("priority"))).selectByValue("HIGH");
        new Select(driver.findElement(By.id("productId"))).selectByValue(String.valueOf(product.id()));
        driver.findElement(By.id("orderNumber")).sendKeys(order.number());
        driver.findElement(By.id("subject")).sendKeys("外壳开裂 Cracked housing");
        driver.findElement(By.id("description")).sendKeys("客户来电：三台设备外壳开裂。");
        driver.findElement(By.id("ticket-save")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")));
        String number = driver.findElement(By.id("ticket-number")).getText();
        assertThat(driver.findElement(By.cssSelector(".sla-badge")).getText()).startsWith("On track");

        // answers the customer (first response) and traces the cause to the supplier
        driver.findElement(By.id("body")).sendKeys("已安排更换 A replacement is on its way");
        Pages.click(driver, By.id("internal"));
        Pages.click(driver, By.id("comment-submit"));
        Pages.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-comments"), "replacement"));
        assertThat(driver.findElement(By.id("ticket-first-response")).getText()).doesNotContain("left");
        new Select(driver.findElement(By.id("rootCause"))).selectByValue("SUPPLIER");
        Pages.click(driver, By.id("root-cause-submit"));
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("ticket-root-cause"), "Supplier"));

        // two of the three come back: a return for a credit note
        driver.findElement(By.id("qty_" + line)).sendKeys("2");
        new Select(driver.findElement(By.id("return-reason"))).selectByValue("DEFECT");
        new Select(driver.findElement(By.id("return-settlement"))).selectByValue("CREDIT");
        Pages.click(driver, By.id("return-submit"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("return-number")));
        String rma = driver.findElement(By.id("return-number")).getText();
        String returnUrl = driver.getCurrentUrl();
        assertThat(rma).matches("RMA-\\d{4}-\\d{6}");
        assertThat(driver.findElement(By.id("return-status")).getText()).isEqualTo("Authorised");

        // the rep sees it on the customer's page
        Pages.LoginPage.open(driver, base()).signIn("sales1", "demo123");
        Pages.open(driver, base() + "/customers/" + customer.id());
        assertThat(driver.findElement(By.id("panel-tickets")).getText())
                .contains(number)
                .contains("Cracked housing");

        // the warehouse receives the goods into quarantine
        Pages.LoginPage.open(driver, base()).signIn("warehouse", "demo123");
        Pages.open(driver, base() + "/");
        assertThat(driver.findElement(By.id("inbox")).getText()).contains(rma);
        driver.findElement(By.id("nav-returns")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("return-table")));
        driver.findElement(By.linkText(rma)).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("return-receive")));
        long returnLine =
                users.runAs("service", () -> returnsOf(rma)).lines().get(0).id();
        new Select(driver.findElement(By.id("disposition_" + returnLine))).selectByValue("QUARANTINE");
        Pages.click(driver, By.id("return-receive"));
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("return-status"), "Received"));
        assertThat(driver.findElement(By.id("disposition-" + returnLine)).getText())
                .isEqualTo("Quarantine");
        Screenshots.take(driver, "return-quarantined");

        // finance is told, issues the credit note and finds it on the order's invoice
        awaitInvoice(order.id());
        Pages.LoginPage.open(driver, base()).signIn("finance", "demo123");
        Pages.open(driver, base() + "/");
        assertThat(driver.findElement(By.id("inbox")).getText()).contains(rma);
        Pages.open(driver, returnUrl);
        Pages.click(driver, By.id("return-credit"));
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("return-status"), "Settled"));
        String creditNote = driver.findElement(By.id("return-credit-notes")).getText();
        assertThat(creditNote).matches("CN-\\d{4}-\\d{6}");
        driver.findElement(By.cssSelector("#return-credit-notes a")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("invoice-table")));
        driver.findElement(By.cssSelector("#invoice-table tbody a")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("invoice-credit-notes")));
        assertThat(driver.findElement(By.id("invoice-credit-notes")).getText())
                .contains(creditNote)
                .contains("198.88"); // 2 × 88.00 + 13 %

        // purchasing finds the task and the product among the quality issues
        Pages.LoginPage.open(driver, base()).signIn("purchasing", "demo123");
        Pages.open(driver, base() + "/");
        assertThat(driver.findElement(By.id("inbox")).getText()).contains(number);
        driver.findElement(By.id("nav-quality")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("quality-table")));
        assertThat(driver.findElement(By.id("quality-table")).getText()).contains(product.sku());
        Screenshots.take(driver, "service-quality-issues");
    }

    @Autowired
    com.yiti.aftersales.ReturnManagement returns;

    com.yiti.aftersales.ReturnView returnsOf(String number) {
        return returns.search(
                        new com.yiti.aftersales.ReturnFilter(null, number),
                        org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent()
                .get(0);
    }

    /** The invoice follows the shipment's commit through the event registry; wait for it before crediting. */
    void awaitInvoice(long orderId) {
        long until = System.currentTimeMillis() + 20_000;
        while (users.runAs(
                        "finance",
                        () -> receivables
                                .invoices(
                                        new com.yiti.finance.InvoiceFilter(null, null, null, false, orderId),
                                        org.springframework.data.domain.PageRequest.of(0, 1))
                                .isEmpty())
                && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
