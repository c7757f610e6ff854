package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.support.PurchaseFixtures;
import com.yiti.support.PurchaseFixtures.Bought;
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
 * Procure to pay (issue 16): goods received on a purchase order; finance enters the supplier's invoice from the
 * order's page at a higher price, the three-way match holds it; purchasing accepts the difference, the invoice posts
 * with its price variance; finance pays it and the invoice shows paid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class ProcureToPayBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    PurchaseFixtures purchases;

    final ChromeDriver finance = Browser.get();
    final ChromeDriver purchasing = Browser.second();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        finance.manage().deleteAllCookies();
        purchasing.manage().deleteAllCookies();
    }

    void signIn(WebDriver driver, String user) {
        Pages.LoginPage.open(driver, base()).signIn(user, "demo123");
    }

    @Test
    void aSupplierInvoiceOverTheOrderedPriceIsHeldAcceptedPostedWithItsVarianceAndPaid() {
        Bought b = purchases.ordered("4", "25.00");
        purchases.receive(b, "4");

        // finance enters the supplier's invoice from the purchase order: 4 at 26.50 instead of 25.00
        signIn(finance, "finance");
        Pages.open(finance, base() + "/purchasing/orders/" + b.po().id());
        Pages.click(finance, By.id("po-enter-supplier-invoice"));
        Pages.waitFor(finance).until(ExpectedConditions.presenceOfElementLocated(By.id("supplier-invoice-form")));
        assertThat(finance.findElement(By.name("lines[0].quantity")).getAttribute("value"))
                .isEqualTo("4");
        finance.findElement(By.id("supplierReference")).sendKeys("44031000009999" + b.po().id());
        var price = finance.findElement(By.name("lines[0].unitPrice"));
        price.clear();
        price.sendKeys("26.50");
        Pages.click(finance, By.id("supplier-invoice-save"));
        Pages.waitFor(finance).until(ExpectedConditions.textToBe(By.id("supplier-invoice-status"), "Held"));
        assertThat(finance.findElement(By.id("supplier-invoice-match")).getText())
                .contains("Price differs");
        String number = finance.findElement(By.id("supplier-invoice-number")).getText();
        String invoiceUrl = finance.getCurrentUrl();

        // purchasing finds it among the held invoices and accepts the difference
        signIn(purchasing, "purchasing");
        Pages.open(purchasing, base() + "/purchasing");
        Pages.click(purchasing, By.id("tab-held-supplier-invoices"));
        Pages.click(purchasing, By.linkText(number));
        purchasing.findElement(By.id("release-note")).sendKeys("原材料涨价 agreed with the supplier");
        Pages.click(purchasing, By.id("supplier-invoice-release"));
        Pages.waitFor(purchasing).until(ExpectedConditions.textToBe(By.id("supplier-invoice-status"), "Open"));
        // received at the ordered 25.00 (moving-average cost), invoiced at 26.50: 4 × 1.50 to the variance
        assertThat(purchasing.findElement(By.id("supplier-invoice-variance")).getText())
                .isEqualTo("¥6.00");
        assertThat(purchasing.findElement(By.id("supplier-invoice-gross")).getText())
                .isEqualTo("¥119.78");

        // finance pays it from the invoice: the oldest due first settles it
        Pages.open(finance, invoiceUrl);
        Pages.click(finance, By.id("supplier-invoice-pay"));
        finance.findElement(By.id("amount")).sendKeys("119.78");
        Pages.click(finance, By.id("supplier-payment-save"));
        Pages.waitFor(finance)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("supplier-payment-allocations")));
        assertThat(finance.findElement(By.id("supplier-payment-allocations")).getText())
                .contains(number);
        Pages.open(finance, invoiceUrl);
        assertThat(finance.findElement(By.id("supplier-invoice-status")).getText())
                .isEqualTo("Paid");
        assertThat(finance.findElement(By.id("supplier-invoice-open")).getText())
                .isEqualTo("¥0.00");
    }
}
