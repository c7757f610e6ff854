package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerInvoiceDetails;
import com.yiti.customer.CustomerView;
import com.yiti.customer.InvoiceDetailsData;
import com.yiti.customer.InvoiceType;
import com.yiti.finance.TaxCodeManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.pricing.PriceItemData;
import com.yiti.pricing.PriceListData;
import com.yiti.pricing.PriceListManagement;
import com.yiti.pricing.PriceListView;
import com.yiti.setup.CreditCodes;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Selling on Chinese commercial terms, on screen (issue 18): the rep quotes from the customer's own price list, wins
 * the order, writes a contract the sales manager approves, signs it and gives it a 30 / 60 / 10 collection plan, places
 * the order under it; FINANCE collects the advance as a deposit for the contract, the warehouse ships and the invoice
 * is paid by the advance; FINANCE requests the VAT invoice, approves it, exports it for the tax tool and imports the
 * issued number; the plan shows the advance collected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class ContractFlowBrowserIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    PriceListManagement priceLists;

    @Autowired
    TaxCodeManagement taxCodes;

    @Autowired
    CustomerInvoiceDetails invoiceDetails;

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

    @Test
    void aRepQuotesFromTheListSignsAContractWithAPlanAndFinanceCollectsInvoicesAndRecordsTheVatInvoice()
            throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "1000.00", 3, "20");
        CustomerView customer = crm.customerOf("sales1");
        String base17 = ("91320000" + String.format("%09d", customer.id() % 1_000_000_000L)).substring(0, 17);
        users.runAs("finance", () -> {
            taxCodes.save(p.id(), -1, "1090511990000000000", "工控设备");
            return invoiceDetails.save(
                    customer.id(),
                    null,
                    new InvoiceDetailsData(
                            InvoiceType.SPECIAL,
                            customer.name(),
                            base17 + CreditCodes.checkCharacter(base17),
                            "苏州工业园区星湖街 328 号 0512-6688 0000",
                            "中国银行苏州分行",
                            "5230 0000 1234 5678"));
        });
        users.runAs("salesmgr", () -> {
            PriceListView list = priceLists.create(new PriceListData(
                    "KEY-" + customer.id(),
                    "协议价 " + customer.name(),
                    "CNY",
                    TODAY.minusDays(1),
                    null,
                    null,
                    customer.id()));
            return priceLists.putItem(
                    list.id(),
                    new PriceItemData(
                            p.id(), BigDecimal.ONE, new BigDecimal("900.00"), null, new BigDecimal("850.00")));
        });

        // sales1 quotes: the line takes the customer's own price (900 instead of the list's 1,000)
        Pages.LoginPage.open(sales, base()).signIn("sales1", "demo123");
        Pages.open(sales, base() + "/customers/" + customer.id());
        Pages.click(sales, By.cssSelector("#panel-orders a[href*='/quotations/new']"));
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("quotation-form")));
        Pages.click(sales, By.id("quotation-save"));
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("line-form")));
        new Select(sales.findElement(By.id("productId"))).selectByValue(String.valueOf(p.id()));
        sales.findElement(By.id("quantity")).sendKeys("10");
        Pages.click(sales, By.id("line-add"));
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("gross-total"), "¥10,170.00"));
        Pages.click(sales, By.id("quotation-send"));
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("quotation-status"), "Sent"));
        Pages.click(sales, By.id("quotation-accept"));
        Pages.waitFor(sales).until(ExpectedConditions.alertIsPresent()).accept();
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("order-confirm")));
        String orderUrl = sales.getCurrentUrl();
        long orderId = Long.parseLong(orderUrl.replaceAll(".*/orders/(\\d+).*", "$1"));

        // the contract: written, submitted, approved by the sales manager, signed
        Pages.open(sales, base() + "/contracts/new?customerId=" + customer.id());
        sales.findElement(By.id("title")).sendKeys("年度采购合同 Annual agreement");
        sales.findElement(By.id("value")).sendKeys("20000");
        Pages.click(sales, By.id("contract-save"));
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("contract-submit")));
        long contractId = Long.parseLong(sales.getCurrentUrl().replaceAll(".*/contracts/(\\d+).*", "$1"));
        Pages.click(sales, By.id("contract-submit"));
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("contract-status"), "Under approval"));

        long requestId = jdbc.queryForObject(
                "select id from apr_request where document_type = 'CONTRACT' and document_id = ? and status = 'PENDING'",
                Long.class,
                contractId);
        Pages.LoginPage.open(colleague, base()).signIn("salesmgr", "demo123");
        Pages.open(colleague, base() + "/approvals/" + requestId);
        Pages.click(colleague, By.id("approval-approve"));
        Pages.waitFor(colleague)
                .until(d -> d.findElements(By.id("approval-approve")).isEmpty());

        Pages.open(sales, base() + "/contracts/" + contractId);
        ((JavascriptExecutor) sales)
                .executeScript(
                        "arguments[0].value = arguments[1]", sales.findElement(By.id("signedOn")), TODAY.toString());
        Pages.click(sales, By.id("contract-sign"));
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("contract-status"), "Signed"));

        // its collection plan, from the common terms the form offers
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("collection-plan-new")));
        Pages.click(sales, By.id("collection-plan-new"));
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("collection-plan-save")));
        Pages.click(sales, By.id("collection-plan-save"));
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("instalment-table")));
        String planUrl = sales.getCurrentUrl();
        assertThat(sales.findElement(By.id("instalment-1")).getText())
                .contains("¥6,000.00")
                .contains("Due");

        // the order goes under the contract and is confirmed: the contract has 9,830 left
        Pages.open(sales, base() + "/orders/" + orderId + "/edit");
        new Select(sales.findElement(By.id("contractId"))).selectByValue(String.valueOf(contractId));
        Pages.click(sales, By.id("order-save"));
        Pages.waitFor(sales).until(ExpectedConditions.presenceOfElementLocated(By.id("order-contract")));
        Pages.click(sales, By.id("order-confirm"));
        Pages.waitFor(sales).until(ExpectedConditions.textToBe(By.id("order-status"), "Confirmed"));
        Pages.open(sales, base() + "/contracts/" + contractId);
        assertThat(sales.findElement(By.id("contract-left")).getText()).isEqualTo("¥9,830.00");

        // finance collects the advance from the plan: a deposit for the contract
        Pages.LoginPage.open(colleague, base()).signIn("finance", "demo123");
        Pages.open(colleague, planUrl);
        Pages.click(colleague, By.cssSelector("#instalment-1 a"));
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("payment-save")));
        assertThat(colleague.findElement(By.id("amount")).getAttribute("value")).isEqualTo("6000.00");
        assertThat(new Select(colleague.findElement(By.id("contractId")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(String.valueOf(contractId));
        new Select(colleague.findElement(By.id("method"))).selectByValue("BANK_TRANSFER");
        Pages.click(colleague, By.id("payment-save"));
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("payment-number")));

        // the warehouse ships; the invoice is paid by the advance
        Pages.LoginPage.open(colleague, base()).signIn("warehouse", "demo123");
        Pages.open(colleague, base() + "/fulfilment/orders/" + orderId + "/ship");
        colleague.findElement(By.id("trackingNumber")).sendKeys("SF2026120701");
        Pages.click(colleague, By.id("ship-submit"));
        Pages.waitFor(colleague)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("shipment-delivered")))
                .click();
        Pages.waitFor(colleague).until(ExpectedConditions.textToBe(By.id("shipment-status"), "Delivered"));
        long invoiceId = Pages.live(colleague)
                .until(d ->
                        jdbc.queryForList("select id from fin_invoice where order_id = ?", Long.class, orderId).stream()
                                .findFirst()
                                .orElse(null));

        Pages.LoginPage.open(colleague, base()).signIn("finance", "demo123");
        Pages.open(colleague, base() + "/finance/invoices/" + invoiceId);
        assertThat(colleague.findElement(By.id("invoice-paid")).getText()).isEqualTo("¥6,000.00");

        // the VAT invoice: requested, approved, exported for the tax tool, its number imported back
        Pages.click(colleague, By.id("invoice-request-vat"));
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("invoice-request-submit")));
        Pages.click(colleague, By.id("invoice-request-submit"));
        Pages.waitFor(colleague).until(ExpectedConditions.textToBe(By.id("ir-status"), "Submitted"));
        String requestNumber = colleague.findElement(By.id("ir-number")).getText();
        assertThat(colleague.findElement(By.id("ir-tax")).getText()).isEqualTo("1170.00");
        Pages.click(colleague, By.id("ir-approve"));
        Pages.waitFor(colleague).until(ExpectedConditions.textToBe(By.id("ir-status"), "Approved"));
        Pages.open(colleague, base() + "/invoice-requests");
        Pages.click(colleague, By.id("invoice-requests-export"));
        Pages.waitFor(colleague).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("#ir-" + requestNumber + " .ir-status"))
                    .getText()
                    .equals("Exported");
        });
        Path issued = Files.createTempFile("issued", ".csv");
        Files.writeString(
                issued,
                "发票流水号,发票号码,开票日期\n" + requestNumber + ",26322000000987654321," + TODAY + "\n",
                StandardCharsets.UTF_8);
        colleague
                .findElement(By.id("issued-file"))
                .sendKeys(issued.toAbsolutePath().toString());
        Pages.click(colleague, By.id("issued-import"));
        Pages.waitFor(colleague).until(ExpectedConditions.presenceOfElementLocated(By.id("import-result")));
        assertThat(colleague.findElement(By.cssSelector("#ir-" + requestNumber)).getText())
                .contains("Issued")
                .contains("26322000000987654321");

        // the rep's plan shows the advance collected
        Pages.open(sales, planUrl);
        assertThat(sales.findElement(By.id("collection-collected")).getText()).isEqualTo("¥6,000.00");
        assertThat(sales.findElement(By.id("instalment-1")).getText()).contains("Collected");
        assertThat(sales.findElement(By.id("instalment-2")).getText())
                .as("dated by the delivery")
                .contains("Planned");
        Screenshots.take(sales, "contract-plan-collected");
    }
}
