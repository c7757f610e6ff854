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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Order to delivery across roles, in two browsers at once: sales1 turns a quotation into an order and confirms it
 * with one line short, then keeps the order page open while production completes the plan and the warehouse ships;
 * each step arrives on sales1's page without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class OrderBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

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

    static void acceptConfirmation(WebDriver driver) {
        Pages.waitFor(driver).until(ExpectedConditions.alertIsPresent()).accept();
    }

    static String timeline(WebDriver driver) {
        return driver.findElement(By.id("order-timeline")).getText();
    }

    @Test
    void aQuotationBecomesAnOrderThatProductionAndTheWarehouseFulfilWhileTheRepWatches() {
        ProductView made = fixtures.product(ProductType.MADE, "1200.00", 9, "1");
        ProductView bought = fixtures.product(ProductType.BOUGHT, "35.50", 4, "20");
        CustomerView customer = crm.customerOf("sales1");

        // sales1 quotes from the customer's page
        Pages.LoginPage.open(sales, base()).signIn("sales1", "demo123");
        Pages.open(sales, base() + "/customers/" + customer.id());
        Pages.click(sales, By.cssSelector("#panel-orders a[href*='/quotations/new']"));
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("quotation-form")));
        assertThat(new Select(sales.findElement(By.id("customerId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(customer.name());
        sales.findElement(By.id("quotation-save")).click();
        addLine(made, "3", "5");
        addLine(bought, "2", null);
        assertThat(sales.findElement(By.id("gross-total")).getText()).isEqualTo("¥3,944.83");
        Screenshots.take(sales, "order-quotation");
        sales.findElement(By.id("quotation-send")).click();
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("quotation-status"), "Sent"));
        sales.findElement(By.id("quotation-accept")).click();
        acceptConfirmation(sales);

        // the accepted quotation is a draft order with the same lines; confirming it leaves the made line short
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("order-confirm")));
        assertThat(sales.findElement(By.id("gross-total")).getText()).isEqualTo("¥3,944.83");
        String orderNumber = sales.findElement(By.id("order-number")).getText();
        sales.findElement(By.id("order-confirm")).click();
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Confirmed"));
        assertThat(sales.findElement(By.id("order-coverage")).getText()).isEqualTo("1 of 2 lines reserved");
        assertThat(timeline(sales)).contains("Waiting for production: 2 × " + made.sku());
        Screenshots.take(sales, "order-confirmed");
        ((JavascriptExecutor) sales).executeScript("window.yitiNoReload = true");

        // production makes the missing two
        Pages.LoginPage.open(colleague, base()).signIn("production", "demo123");
        Pages.open(colleague, base() + "/production");
        Pages.click(colleague, By.cssSelector("#plan-" + made.sku() + " .plan-create"));
        Pages.waitFor(colleague)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("production-start")))
                .click();
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("production-complete")));
        assertThat(colleague.findElement(By.id("producedQuantity")).getAttribute("value"))
                .isEqualTo("2");
        colleague.findElement(By.id("production-complete")).click();
        Pages.waitFor(colleague).until(ExpectedConditions.textToBe(By.id("production-status"), "Completed"));

        Pages.live(sales).until(d -> timeline(d).contains("Produced: 2 × " + made.sku()));
        assertThat(sales.findElement(By.id("order-coverage")).getText()).isEqualTo("2 of 2 lines reserved");

        // the warehouse ships everything
        Pages.LoginPage.open(colleague, base()).signIn("warehouse", "demo123");
        Pages.open(colleague, base() + "/fulfilment");
        Pages.htmxReady(colleague, By.id("pick-filter"));
        colleague.findElement(By.id("q")).sendKeys(orderNumber); // the warehouse types (or scans) the number
        Pages.waitFor(colleague)
                .until(d -> d.findElements(By.cssSelector(".pick-order")).size() == 1);
        String pick = colleague.findElements(By.cssSelector(".pick-order")).stream()
                .filter(e -> e.getText().contains(orderNumber))
                .findFirst()
                .orElseThrow()
                .getAttribute("id");
        assertThat(colleague.findElement(By.id(pick)).getText()).doesNotContain("1,200.00");
        var ship = colleague.findElement(By.cssSelector("#" + pick + " .pick-ship"));
        ship.sendKeys(org.openqa.selenium.Keys.ENTER); // the keyboard way: focus the link, press Enter
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("ship-form")));
        colleague.findElement(By.id("carrier")).sendKeys("顺丰速运");
        colleague.findElement(By.id("trackingNumber")).sendKeys("SF7788990011");
        colleague.findElement(By.id("ship-submit")).click();
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-number")));

        Pages.live(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Shipped"));
        assertThat(timeline(sales)).contains("Shipped in full").contains("SF7788990011");
        assertThat(sales.findElement(By.id("order-shipments")).getText()).contains("SF7788990011");
        assertThat(((JavascriptExecutor) sales).executeScript("return window.yitiNoReload === true"))
                .as("the rep's page was never reloaded")
                .isEqualTo(true);
        Screenshots.take(sales, "order-shipped-live");
    }

    private void addLine(ProductView product, String quantity, String discount) {
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("line-form")));
        new Select(sales.findElement(By.id("productId"))).selectByValue(String.valueOf(product.id()));
        sales.findElement(By.id("quantity")).sendKeys(quantity);
        if (discount != null) {
            sales.findElement(By.id("discountPct")).sendKeys(discount);
        }
        int before = sales.findElements(By.cssSelector("#lines-table tbody tr")).size();
        sales.findElement(By.id("line-add")).click();
        Pages.waitFor(sales)
                .until(d ->
                        d.findElements(By.cssSelector("#lines-table tbody tr")).size() == before + 1);
    }
}
