package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.InventorySetup;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.ProductCatalog;
import com.yiti.inventory.ProductCategoryManagement;
import com.yiti.inventory.ProductData;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.WarehouseData;
import com.yiti.inventory.WarehouseView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 16's warehouse: an order waits in one warehouse while another holds free stock; the shortage screen suggests
 * a transfer, the warehouse ships and receives it, and the rep's order is covered. A stocktake is counted blind on
 * the count sheet and posted by ADMIN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class WarehouseBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    InventorySetup setup;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    ProductCategoryManagement categories;

    @Autowired
    OrderManagement orders;

    final ChromeDriver admin = Browser.get();
    final ChromeDriver warehouse = Browser.second();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        admin.manage().deleteAllCookies();
        warehouse.manage().deleteAllCookies();
    }

    void signIn(WebDriver driver, String user) {
        Pages.LoginPage.open(driver, base()).signIn(user, "demo123");
    }

    WarehouseView newWarehouse() {
        String code =
                "ZB" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        return users.runAs("admin", () -> setup.create(new WarehouseData(code, "浏览器仓 " + code, null, false)));
    }

    @Test
    void aWaitingOrderIsCoveredByATransferFromTheWarehouseWithFreeStock() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "80.00", 5, "0");
        WarehouseView other = newWarehouse();
        users.runAs(
                "warehouse",
                () -> inventory.receive(p.id(), other.id(), new BigDecimal("3"), MoveReason.RECEIPT, "OPENING"));
        OrderView order = fixtures.draft("sales1", crm.customerOf("sales1").id(), p, 2);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));

        // the shortage on the purchasing screen offers the transfer first
        signIn(admin, "admin");
        Pages.open(admin, base() + "/purchasing?q=" + p.sku());
        Pages.click(admin, By.cssSelector("a[id^='suggest-transfer-'][id$='-" + other.code() + "']"));
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("transfer-form")));
        assertThat(admin.findElement(By.name("lines[0].sku")).getAttribute("value"))
                .isEqualTo(p.sku());
        assertThat(admin.findElement(By.name("lines[0].quantity")).getAttribute("value"))
                .isEqualTo("2");
        Pages.click(admin, By.id("transfer-save"));
        Pages.waitFor(admin).until(ExpectedConditions.textToBe(By.id("transfer-status"), "Requested"));
        String transferUrl = admin.getCurrentUrl();

        // the warehouse ships it (in transit) and the other end receives it
        signIn(warehouse, "warehouse");
        Pages.open(warehouse, transferUrl);
        Pages.click(warehouse, By.id("transfer-ship"));
        Pages.waitFor(warehouse).until(ExpectedConditions.textToBe(By.id("transfer-status"), "In transit"));
        Pages.click(warehouse, By.id("transfer-receive"));
        Pages.waitFor(warehouse).until(ExpectedConditions.textToBe(By.id("transfer-status"), "Received"));

        // the rep's order line is now covered
        OrderView after = users.runAs("sales1", () -> orders.get(order.id()));
        assertThat(after.lines().get(0).reservedQuantity()).isEqualByComparingTo("2");
        assertThat(inventory.balance(p.id(), other.id()).onHand()).isEqualByComparingTo("1");
    }

    @Test
    void aStocktakeIsCountedBlindAndPostedByTheAdministrator() {
        WarehouseView w = newWarehouse();
        String code =
                "ST" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        long category = users.runAs("admin", () -> categories.create(code, "盘点类 " + code, "Count " + code))
                .id();
        ProductView p = users.runAs(
                "admin",
                () -> catalog.createProduct(new ProductData(
                        "C-" + code,
                        "盘点品 " + code,
                        "Counted " + code,
                        "个",
                        ProductType.BOUGHT,
                        new BigDecimal("20.00"),
                        new BigDecimal("10"),
                        new BigDecimal("0.13"),
                        3,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        true,
                        category)));
        users.runAs(
                "warehouse",
                () -> inventory.receive(p.id(), w.id(), new BigDecimal("12"), MoveReason.RECEIPT, "OPENING"));

        // the warehouse makes the sheet for the category and counts 11, without seeing the book's 12
        signIn(warehouse, "warehouse");
        Pages.open(warehouse, base() + "/stock/stocktakes");
        new Select(warehouse.findElement(By.id("st-warehouse"))).selectByValue(String.valueOf(w.id()));
        new Select(warehouse.findElement(By.id("st-category"))).selectByValue(String.valueOf(category));
        Pages.click(warehouse, By.id("stocktake-start"));
        Pages.waitFor(warehouse).until(ExpectedConditions.presenceOfElementLocated(By.id("stocktake-count-form")));
        String row = warehouse.findElement(By.id("count-row-" + p.sku())).getText();
        assertThat(row).doesNotContain("12");
        var field = warehouse.findElement(By.cssSelector("#count-row-" + p.sku() + " input"));
        field.sendKeys("11");
        Pages.click(warehouse, By.id("stocktake-save-count"));
        Pages.waitFor(warehouse)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("stocktake-progress"), "1 of 1"));
        String sheetUrl = warehouse.getCurrentUrl();

        // the administrator reviews the difference and posts it
        signIn(admin, "admin");
        Pages.open(admin, sheetUrl.replace("/count", ""));
        assertThat(admin.findElement(By.id("review-row-" + p.sku())).getText())
                .contains("12")
                .contains("11")
                .contains("-1");
        admin.findElement(By.id("stocktake-post")).click();
        Pages.waitFor(admin).until(ExpectedConditions.alertIsPresent()).accept();
        Pages.waitFor(admin).until(ExpectedConditions.textToBe(By.id("stocktake-status"), "Posted"));
        assertThat(inventory.balance(p.id(), w.id()).onHand()).isEqualByComparingTo("11");
    }
}
