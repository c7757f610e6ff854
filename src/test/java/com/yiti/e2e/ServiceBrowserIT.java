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
 * A complaint from a phone call, across roles: service opens it and traces it to the supplier; sales1 sees it on the
 * customer's page; purchasing finds the task in its inbox and the product under quality issues.
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
        ProductView product = fixtures.product(ProductType.BOUGHT, "88.00", 5, "0");
        CustomerView customer = crm.customerOf("sales1");

        // service takes the call
        Pages.LoginPage.open(driver, base()).signIn("service", "demo123");
        Pages.open(driver, base() + "/tickets/new?customerId=" + customer.id());
        new Select(driver.findElement(By.id("type"))).selectByValue("COMPLAINT");
        new Select(driver.findElement(By.id("priority"))).selectByValue("HIGH");
        new Select(driver.findElement(By.id("productId"))).selectByValue(String.valueOf(product.id()));
        driver.findElement(By.id("subject")).sendKeys("外壳开裂 Cracked housing");
        driver.findElement(By.id("description")).sendKeys("客户来电：三台设备外壳开裂。");
        driver.findElement(By.id("ticket-save")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-number")));
        String number = driver.findElement(By.id("ticket-number")).getText();
        assertThat(driver.findElement(By.cssSelector(".sla-badge")).getText()).startsWith("On track");

        // answers the customer (first response) and traces the cause to the supplier
        driver.findElement(By.id("body")).sendKeys("已安排更换 A replacement is on its way");
        driver.findElement(By.id("internal")).click();
        driver.findElement(By.id("comment-submit")).click();
        Pages.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticket-comments"), "replacement"));
        assertThat(driver.findElement(By.id("ticket-first-response")).getText()).doesNotContain("left");
        new Select(driver.findElement(By.id("rootCause"))).selectByValue("SUPPLIER");
        driver.findElement(By.id("root-cause-submit")).click();
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("ticket-root-cause"), "Supplier"));

        // the rep sees it on the customer's page
        Pages.LoginPage.open(driver, base()).signIn("sales1", "demo123");
        Pages.open(driver, base() + "/customers/" + customer.id());
        assertThat(driver.findElement(By.id("panel-tickets")).getText())
                .contains(number)
                .contains("Cracked housing");

        // purchasing finds the task and the product among the quality issues
        Pages.LoginPage.open(driver, base()).signIn("purchasing", "demo123");
        Pages.open(driver, base() + "/");
        assertThat(driver.findElement(By.id("inbox")).getText()).contains(number);
        driver.findElement(By.id("nav-quality")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("quality-table")));
        assertThat(driver.findElement(By.id("quality-table")).getText()).contains(product.sku());
        Screenshots.take(driver, "service-quality-issues");
    }
}
