package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketType;
import com.yiti.aftersales.TicketView;
import com.yiti.inventory.Tracking;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
import com.yiti.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 16's traceability: the warehouse receives serial-numbered transmitters by scanning them on the purchase
 * order's page; two go to a customer; the customer complains about one; service traces it from the ticket back to the
 * supplier's receipt and sees who else got units of that receipt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class TraceBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    PurchaseFixtures purchases;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderManagement orders;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TestUsers users;

    final ChromeDriver driver = Browser.get();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    void signIn(WebDriver d, String user) {
        Pages.LoginPage.open(d, base()).signIn(user, "demo123");
    }

    @Test
    void aComplaintIsTracedFromItsSerialNumberBackToTheSuppliersReceipt() {
        Bought b = purchases.ordered("3", "900.00", Tracking.SERIAL);
        String prefix = "SN-B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

        // the warehouse scans three serial numbers into the receipt
        signIn(driver, "warehouse");
        Pages.open(driver, base() + "/purchasing/orders/" + b.po().id());
        var serials = driver.findElement(By.id("lot-" + b.lineId()));
        serials.sendKeys(prefix + "1\n" + prefix + "2\n");
        Pages.click(driver, By.id("receive-submit"));
        // two serial numbers for three units: refused at the field, what was typed kept
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("lot-" + b.lineId() + "-error")));
        assertThat(driver.findElement(By.id("lot-" + b.lineId() + "-error")).getText())
                .contains("3 units need 3 serial numbers");
        driver.findElement(By.id("lot-" + b.lineId())).sendKeys(prefix + "3");
        Pages.click(driver, By.id("receive-submit"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        String receipt = driver.findElement(By.id("po-receipts")).getText();
        assertThat(receipt).contains("GR-");
        var found = java.util.regex.Pattern.compile("GR-\\d{4}-\\d+").matcher(receipt);
        assertThat(found.find()).isTrue();
        String receiptNumber = found.group();

        // two go to a customer (picked oldest first: -1 and -2)
        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), b.product(), 2);
        String customer = users.runAs("sales1", () -> orders.get(order.id())).customerName();
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "2", "SF-TRACE"));

        // the customer complains about the second one
        TicketView ticket = users.runAs(
                "service",
                () -> tickets.open(new TicketData(
                        order.customerId(),
                        null,
                        order.id(),
                        b.product().id(),
                        TicketType.COMPLAINT,
                        TicketPriority.HIGH,
                        TicketChannel.PHONE,
                        "读数漂移 Reading drifts",
                        "序列号 " + prefix + "2 读数漂移",
                        null,
                        prefix + "2")));

        // service traces it from the ticket
        signIn(driver, "service");
        Pages.open(driver, base() + "/tickets/" + ticket.id());
        assertThat(driver.findElement(By.id("ticket-lot")).getText()).isEqualTo(prefix + "2");
        Pages.click(driver, By.id("ticket-lot"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("trace-origin")));
        assertThat(driver.findElement(By.id("trace-number")).getText()).isEqualTo(prefix + "2");
        assertThat(driver.findElement(By.id("trace-origin-reference")).getText())
                .isEqualTo(receiptNumber);
        assertThat(driver.findElement(By.id("trace-origin")).getText()).contains(b.po().number());
        assertThat(driver.findElement(By.id("trace-customers")).getText()).contains(customer);
        assertThat(driver.findElement(By.id("trace-nowhere")).isDisplayed()).isTrue();
        Screenshots.take(driver, "trace-serial");

        // and the rest of that receipt: the search lists all three, one still in stock
        Pages.open(driver, base() + "/trace?q=" + prefix);
        assertThat(driver.findElements(By.cssSelector("#trace-results tbody tr")))
                .hasSize(3);
        Pages.click(driver, By.linkText(prefix + "3"));
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("trace-where")));
        assertThat(driver.findElement(By.id("trace-where")).getText()).contains("1");
    }
}
