package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Delivery to cash across roles: sales1's order is held for credit, finance releases it, the warehouse ships and the
 * customer receives it, the shipment is invoiced, finance collects in two parts; sales1's open order page ends on
 * "Closed", and the aging report moves the invoice from overdue to paid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class FinanceBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.customer.CreditTermsManagement creditTerms;

    @Autowired
    JdbcTemplate jdbc;

    final ChromeDriver sales = Browser.get();
    final ChromeDriver colleague = Browser.second();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        sales.manage().deleteAllCookies();
        colleague.manage().deleteAllCookies();
    }

    void signIn(WebDriver driver, String user) {
        Pages.LoginPage.open(driver, base()).signIn(user, "demo123");
    }

    @Test
    void aHeldOrderIsReleasedShippedInvoicedAndPaidInTwoPartsWhileTheRepWatches() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "500.00", 3, "10");
        CustomerView customer = crm.customerOf("sales1");
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(customer.id(), new BigDecimal("800.00"), 30);
            return null;
        });
        OrderView order = fixtures.draft("sales1", customer.id(), p, 2); // 1,130.00 gross

        // sales1 confirms: the credit check holds the order
        signIn(sales, "sales1");
        Pages.open(sales, base() + "/orders/" + order.id());
        sales.findElement(By.id("order-confirm")).click();
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Credit hold"));
        assertThat(sales.findElement(By.id("order-hold")).getText())
                .contains("¥1,130.00")
                .contains("¥800.00");
        ((JavascriptExecutor) sales).executeScript("window.yitiNoReload = true");

        // finance releases it with a note
        signIn(colleague, "finance");
        Pages.open(colleague, base() + "/finance/holds");
        colleague
                .findElement(By.cssSelector("#hold-" + order.number() + " input[name=note]"))
                .sendKeys("客户已预付 prepaid by phone");
        Pages.click(colleague, By.cssSelector("#hold-" + order.number() + " .hold-release"));
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        Pages.live(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Confirmed"));

        // the warehouse ships everything and the customer signs for it
        signIn(colleague, "warehouse");
        Pages.open(colleague, base() + "/fulfilment/orders/" + order.id() + "/ship");
        colleague.findElement(By.id("trackingNumber")).sendKeys("SF5566778899");
        colleague.findElement(By.id("ship-submit")).click();
        Pages.waitFor(colleague)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-delivered")))
                .click();
        Pages.waitFor(colleague).until(ExpectedConditions.textToBe(By.id("shipment-status"), "Delivered"));
        Pages.live(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Delivered"));
        Pages.live(sales)
                .until(d -> d.findElement(By.id("order-timeline")).getText().contains("Invoiced: INV-"));

        // time passes: the invoice is 40 days overdue, and the aging report shows it
        String invoiceNumber =
                jdbc.queryForObject("select number from fin_invoice where order_id = ?", String.class, order.id());
        com.yiti.support.InvoiceDueDates.moveForOrder(
                jdbc, order.id(), LocalDate.now().minusDays(40));
        signIn(colleague, "finance");
        Pages.open(colleague, base() + "/finance/aging");
        assertThat(colleague.findElement(By.id("aging-" + customer.id())).getText())
                .contains("1,130.00");

        // finance collects in two parts
        pay(customer, "500.00");
        Pages.waitFor(colleague).until(ExpectedConditions.textToBe(By.id("payment-unallocated"), "¥0.00"));
        pay(customer, "630.00");
        Pages.open(colleague, base() + "/finance/invoices?q=" + invoiceNumber);
        colleague.findElement(By.linkText(invoiceNumber)).click();
        Pages.waitFor(colleague).until(ExpectedConditions.textToBe(By.id("invoice-status"), "Paid"));
        Pages.open(colleague, base() + "/finance/aging");
        assertThat(colleague.findElements(By.id("aging-" + customer.id())))
                .as("paid: no longer in the aging")
                .isEmpty();

        // sales1's page, never reloaded, ends closed
        Pages.live(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Closed"));
        assertThat(sales.findElement(By.id("order-timeline")).getText())
                .contains("Credit released")
                .contains("Paid: invoice " + invoiceNumber)
                .contains("Closed");
        assertThat(((JavascriptExecutor) sales).executeScript("return window.yitiNoReload === true"))
                .isEqualTo(true);
        Screenshots.take(sales, "finance-order-closed");
    }

    private void pay(CustomerView customer, String amount) {
        Pages.open(colleague, base() + "/finance/payments/new?customerId=" + customer.id());
        colleague.findElement(By.id("amount")).sendKeys(amount);
        new Select(colleague.findElement(By.id("method"))).selectByValue("BANK_TRANSFER");
        colleague.findElement(By.id("reference")).sendKeys("BANK-" + amount);
        colleague.findElement(By.id("payment-save")).click();
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("payment-number")));
    }
}
