package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The manager's dashboard in Chinese: charts drawn, the period changed, a drill from overdue receivables into the
 * invoice list, and that list exported (fetched with the browser's session, as the download would be).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class DashboardBrowserIT {

    @LocalServerPort
    int port;

    final ChromeDriver driver = Browser.get();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void theManagerReadsTheDashboardInChineseDrillsIntoOverdueInvoicesAndExportsThem() throws Exception {
        var layout = Pages.LoginPage.open(driver, base()).signIn("manager", "demo123");
        layout.switchTo("zh");
        try {
            driver.findElement(By.id("nav-dashboard")).click();
            Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-revenue")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("仪表盘");
            // the demo invoices of this month are charted (ECharts draws SVG) beside their table
            Pages.waitFor(driver)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-revenue-month svg")));
            assertThat(driver.findElement(By.id("table-revenue-month")).getText())
                    .isNotBlank();
            assertThat(driver.findElement(By.id("definitions")).getText()).contains("期间内开票净额");
            Screenshots.take(driver, "dashboard-zh");

            // a longer period
            String before = driver.findElement(By.id("dashboard-period")).getText();
            new Select(driver.findElement(By.id("period"))).selectByValue("YEAR_TO_DATE");
            Pages.click(driver, By.id("period-submit"));
            // the page is replaced while this looks: a stale element means "not yet", not a failure
            Pages.live(driver)
                    .until(d ->
                            !d.findElement(By.id("dashboard-period")).getText().equals(before));
            assertThat(driver.getCurrentUrl()).contains("period=YEAR_TO_DATE");

            // overdue receivables → the invoice list behind the figure
            Pages.click(driver, By.id("kpi-overdue"));
            Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("invoice-table")));
            assertThat(driver.getCurrentUrl()).contains("overdue=true");
            String firstInvoice = driver.findElement(By.cssSelector("#invoice-table tbody tr td a"))
                    .getText();
            assertThat(firstInvoice).matches("INV-\\d{4}-\\d{6}");
            Screenshots.take(driver, "dashboard-drill-overdue");

            // the export link, fetched with the browser's session
            String href = driver.findElement(By.id("invoices-export")).getAttribute("href");
            assertThat(href).contains("overdue=true");
            assertThat(driver.findElement(By.id("invoices-export-xlsx")).getAttribute("href"))
                    .contains("export.xlsx");
            String session = driver.manage().getCookieNamed("SESSION").getValue();
            HttpResponse<String> csv = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(href))
                                    .header("Cookie", "SESSION=" + session)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                    .contains("invoices.csv");
            assertThat(csv.body()).contains("number,customer,order").contains(firstInvoice);
        } finally {
            Pages.open(driver, base() + "/");
            layout.switchTo("en");
        }
    }
}
