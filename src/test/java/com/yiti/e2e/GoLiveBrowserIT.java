package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15: a blank installation goes live through screens alone. On an empty database without demo data, the first
 * administrator (from YITI_ADMIN_USERNAME/PASSWORD) follows the checklist on the home page: company profile, a
 * warehouse, a user, a product, a customer and opening stock; the new rep then sells, the order is confirmed and
 * shipped, and the invoice follows. No SQL, no demo data, no API.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"yiti.demo-data=false", "YITI_ADMIN_USERNAME=owner", "YITI_ADMIN_PASSWORD=Blank-Install-2026!"})
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class GoLiveBrowserIT {

    private static final String ADMIN_PASSWORD = "Blank-Install-2026!";

    /** A database of its own, dropped and created empty before the application starts on it. */
    @DynamicPropertySource
    static void blankDatabase(DynamicPropertyRegistry registry) throws Exception {
        String suite = System.getProperty("yiti.test.db.url", "jdbc:mariadb://127.0.0.1:3306/yiti_test");
        String server = suite.substring(0, suite.lastIndexOf('/'));
        String name = suite.substring(suite.lastIndexOf('/') + 1) + "_golive";
        String user = System.getProperty("yiti.test.db.user", "root");
        String password = System.getProperty("yiti.test.db.password", "");
        try (var connection = DriverManager.getConnection(server + "/", user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        registry.add("spring.datasource.url", () -> server + "/" + name);
    }

    @LocalServerPort
    int port;

    final ChromeDriver admin = Browser.get();

    String base() {
        return "http://localhost:" + port;
    }

    private static void type(WebDriver driver, String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Picks the option whose text starts with what the person looks for (a code or SKU). */
    private static void choose(WebDriver driver, String id, String startOfText) {
        Select select = new Select(driver.findElement(By.id(id)));
        select.getOptions().stream()
                .filter(o -> o.getText().startsWith(startOfText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + startOfText + " in " + id))
                .click();
    }

    private static void submit(WebDriver driver, String buttonId) {
        Pages.click(driver, By.id(buttonId));
    }

    private static List<String> stepsToDo(WebDriver driver) {
        return driver.findElements(By.cssSelector("#setup-checklist li")).stream()
                .filter(li -> !li.findElement(By.cssSelector(".badge"))
                        .getAttribute("class")
                        .contains("text-bg-success"))
                .map(li -> li.getAttribute("id"))
                .toList();
    }

    @Test
    void theFirstAdministratorSetsUpTheCompanyAndTheFirstOrderIsShippedAndInvoiced() {
        Pages.LoginPage.open(admin, base()).signIn("owner", ADMIN_PASSWORD);
        Pages.open(admin, base() + "/");
        // what the blank installation lacks, in order; tax rates, units and payment terms come preset
        assertThat(stepsToDo(admin))
                .containsExactly(
                        "setup-step-company",
                        "setup-step-warehouses",
                        "setup-step-users",
                        "setup-step-products",
                        "setup-step-customers",
                        "setup-step-opening-stock");
        assertThat(admin.findElement(By.id("setup-step-company")).getAttribute("class"))
                .contains("list-group-item-warning");

        // company profile: a wrong check character is refused at the field, the right one saved
        Pages.click(admin, By.cssSelector("#setup-step-company a"));
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("company-form")));
        type(admin, "legalNameZh", "杭州新启点机电有限公司");
        type(admin, "legalNameEn", "Hangzhou Xinqidian Electromechanical Co., Ltd.");
        type(admin, "creditCode", "91330106MA2H7XQ1P0");
        submit(admin, "company-save");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("creditCode-error")));
        type(admin, "creditCode", "91330106MA2H7XQ1P" + com.yiti.setup.CreditCodes.checkCharacter("91330106MA2H7XQ1P"));
        type(admin, "bankName", "中国工商银行杭州西湖支行");
        type(admin, "bankAccount", "1202 0212 0900 1234 567");
        submit(admin, "company-save");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

        // a warehouse to sell from
        Pages.open(admin, base() + "/admin/warehouses");
        type(admin, "code", "HZ01");
        type(admin, "name", "杭州仓 Hangzhou");
        type(admin, "address", "杭州市西湖区文三路 100 号");
        submit(admin, "warehouse-save");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("warehouse-HZ01")));

        // the first rep, who also ships (a small company)
        Pages.open(admin, base() + "/admin/users/new");
        type(admin, "username", "zhangwei");
        type(admin, "displayName", "张伟");
        Pages.click(admin, By.cssSelector("input[name='roles'][value='SALES_REP']"));
        Pages.click(admin, By.cssSelector("input[name='roles'][value='WAREHOUSE']"));
        submit(admin, "user-save");
        String repPassword = Pages.waitFor(admin)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("new-password")))
                .getText();

        // a product, with a preset unit and tax rate
        Pages.open(admin, base() + "/products/new");
        type(admin, "sku", "XQ-MOTOR-1");
        type(admin, "nameZh", "步进电机");
        type(admin, "nameEn", "Stepper motor");
        new Select(admin.findElement(By.id("unit"))).selectByValue("台");
        assertThat(new Select(admin.findElement(By.id("taxRate")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("0.13");
        type(admin, "listPrice", "850.00");
        type(admin, "standardCost", "510.00");
        submit(admin, "product-save");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

        // a customer owned by the new rep
        Pages.open(admin, base() + "/customers/new");
        type(admin, "name", "宁波海曙精工机械厂");
        new Select(admin.findElement(By.id("ownerId"))).selectByVisibleText("张伟");
        submit(admin, "customer-save");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

        // more customers from a file (UTF-8 CSV, headers as in the template): checked in the background with a live
        // progress bar, then imported on the administrator's word
        java.nio.file.Path file;
        try {
            file = java.nio.file.Files.createTempFile("customers", ".csv");
            java.nio.file.Files.writeString(
                    file,
                    "客户编码*,客户名称*,负责人（用户名）*,联系人,联系人邮箱\n"
                            + "NB-002,宁波北仑模具有限公司,zhangwei,王经理,wang@beilun.example.cn\n"
                            + "NB-003,余姚塑料机械有限公司,zhangwei,,\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Pages.open(admin, base() + "/admin/imports");
        new Select(admin.findElement(By.id("kind"))).selectByValue("customers");
        admin.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submit(admin, "import-upload");
        Pages.live(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
        assertThat(admin.findElement(By.id("import-summary")).getText()).contains("2");
        submit(admin, "import-run");
        Pages.live(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("import-outcome")));
        assertThat(admin.findElement(By.id("import-outcome")).getText()).startsWith("2");
        Pages.open(admin, base() + "/admin/imports");
        assertThat(admin.findElement(By.id("import-history")).getText()).contains("customers");

        // opening stock, counted into the new warehouse
        Pages.open(admin, base() + "/stock/adjust");
        choose(admin, "productId", "XQ-MOTOR-1");
        choose(admin, "warehouseId", "HZ01");
        type(admin, "counted", "20");
        type(admin, "note", "期初盘点 opening count");
        submit(admin, "adjust-save");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));

        // nothing left on the checklist: the home page no longer shows it
        Pages.open(admin, base() + "/admin/setup");
        assertThat(stepsToDo(admin)).isEmpty();
        Pages.open(admin, base() + "/");
        assertThat(admin.findElements(By.id("home-setup"))).isEmpty();

        // the rep signs in with the handed-over password, chooses his own, and sells
        Pages.LoginPage.open(admin, base()).signIn("zhangwei", repPassword);
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
        type(admin, "currentPassword", repPassword);
        type(admin, "newPassword", "Hangzhou-Sales-7788!");
        type(admin, "confirmPassword", "Hangzhou-Sales-7788!");
        submit(admin, "password-submit");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
        Pages.open(admin, base() + "/orders/new");
        new Select(admin.findElement(By.id("customerId"))).selectByVisibleText("宁波海曙精工机械厂");
        choose(admin, "warehouseId", "HZ01");
        submit(admin, "order-save");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("line-form")));
        choose(admin, "productId", "XQ-MOTOR-1");
        type(admin, "quantity", "3");
        submit(admin, "line-add");
        Pages.waitFor(admin)
                .until(d ->
                        d.findElements(By.cssSelector("#lines-table tbody tr")).size() == 1);
        String orderNumber = admin.findElement(By.id("order-number")).getText();
        assertThat(admin.findElement(By.id("gross-total")).getText()).isEqualTo("¥2,881.50");
        Pages.htmxReady(admin, By.id("order-confirm"));
        submit(admin, "order-confirm");
        Pages.waitFor(admin).until(ExpectedConditions.textToBe(By.id("order-status"), "Confirmed"));

        // the same person ships it from the pick list
        Pages.open(admin, base() + "/fulfilment");
        Pages.htmxReady(admin, By.id("pick-filter"));
        admin.findElement(By.id("q")).sendKeys(orderNumber);
        Pages.waitFor(admin)
                .until(d -> d.findElements(By.cssSelector(".pick-order")).size() == 1);
        Pages.click(admin, By.cssSelector(".pick-order .pick-ship"));
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("ship-form")));
        type(admin, "carrier", "中通快递");
        type(admin, "trackingNumber", "ZT1234567890");
        submit(admin, "ship-submit");
        Pages.waitFor(admin).until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-number")));

        // the invoice follows the shipment: the owner sees it in finance, due after the customer's 30 days
        Pages.LoginPage.open(admin, base()).signIn("owner", ADMIN_PASSWORD);
        Pages.live(admin).until(d -> {
            Pages.open(d, base() + "/finance/invoices?q=" + orderNumber);
            return d.findElements(By.cssSelector("#invoice-table tbody tr")).size() == 1;
        });
        assertThat(admin.findElement(By.cssSelector("#invoice-table tbody tr")).getText())
                .contains("宁波海曙精工机械厂")
                .contains("2,881.50");
    }
}
