package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerInvoiceDetails;
import com.yiti.customer.CustomerView;
import com.yiti.customer.InvoiceDetailsData;
import com.yiti.customer.InvoiceType;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.FulfilmentManagement;
import com.yiti.order.LineData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.ShipmentData;
import com.yiti.setup.CreditCodes;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * VAT invoice requests (开票申请, issue 18): the rep asks, FINANCE approves, the approved go to the tax tool as the batch
 * file, the issued numbers come back (all rows or none), a credit note gets its red-letter request; amounts and taxes
 * per line exactly as booked, the invoice's tax the sum of its lines'.
 */
@YitiTest
class InvoiceRequestTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    InvoiceRequests requests;

    @Autowired
    TaxInvoiceFiles files;

    @Autowired
    TaxCodeManagement taxCodes;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    CustomerInvoiceDetails details;

    @Autowired
    OrderManagement orders;

    @Autowired
    FulfilmentManagement fulfilment;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    static String code(String seed) {
        String base = ("91310000" + seed + "XXXXXXXXX").substring(0, 17).replace('X', '0');
        return base + CreditCodes.checkCharacter(base);
    }

    CustomerView customerWithInvoicingData(InvoiceType type) {
        CustomerView c = crm.customerOf("sales1");
        users.runAs(
                "finance",
                () -> details.save(
                        c.id(),
                        null,
                        new InvoiceDetailsData(
                                type,
                                c.name(),
                                code(String.valueOf(Math.abs(c.id() % 100000))),
                                "上海市徐汇区 021-6000 0000",
                                "工商银行上海分行",
                                "1001 2345 6789 0000")));
        return c;
    }

    ProductView coded(String price) {
        ProductView p = fixtures.product(ProductType.BOUGHT, price, 3, "50");
        users.runAs("finance", () -> taxCodes.save(p.id(), -1, "1090511990000000000", "测试设备"));
        return p;
    }

    /** An order of these products and quantities, confirmed and shipped at once: one invoice. */
    InvoiceView invoiced(CustomerView c, Object... productAndQuantity) {
        OrderView order = users.runAs("sales1", () -> {
            OrderView o = orders.create(new com.yiti.order.OrderData(c.id(), fixtures.warehouse(), null, null, null));
            for (int i = 0; i < productAndQuantity.length; i += 2) {
                ProductView p = (ProductView) productAndQuantity[i];
                o = orders.addLine(
                        o.id(),
                        o.version(),
                        new LineData(p.id(), new BigDecimal((String) productAndQuantity[i + 1]), null, null));
            }
            return orders.confirm(o.id(), null);
        });
        Map<Long, BigDecimal> all = new LinkedHashMap<>();
        order.lines().forEach(l -> all.put(l.id(), l.quantity()));
        users.runAs("warehouse", () -> fulfilment.ship(order.id(), new ShipmentData(all, "顺丰", "SF-IR-" + order.id())));
        return InvoiceAwait.invoiceOf(users, receivables, order.id());
    }

    @Test
    void manySmallLinesTaxedLineByLineAsBookedAndTheRequestThroughTheToolAndBack() throws Exception {
        CustomerView c = customerWithInvoicingData(InvoiceType.SPECIAL);
        // seven lines of ¥0.04 at 13%: each line's tax rounds 0.0052 up to 0.01 — 0.07 in all, where the total's
        // tax would be 0.04; and a line whose unit price is not a whole cent after the discount
        Object[] lines = new Object[16];
        for (int i = 0; i < 7; i++) {
            lines[2 * i] = coded("0.04");
            lines[2 * i + 1] = "1";
        }
        lines[14] = coded("33.33");
        lines[15] = "3";
        InvoiceView invoice = invoiced(c, lines);
        InvoiceRequestView r = users.runAs("sales1", () -> requests.request(invoice.id(), "项目一期"));
        assertThat(r.status()).isEqualTo(InvoiceRequestStatus.SUBMITTED);
        assertThat(r.lines()).hasSize(8);
        assertThat(r.lines().subList(0, 7)).allSatisfy(l -> {
            assertThat(l.netAmount()).isEqualByComparingTo("0.04");
            assertThat(l.taxAmount()).isEqualByComparingTo("0.01");
            assertThat(l.unitPrice()).isEqualByComparingTo("0.04");
            assertThat(l.taxCode()).isEqualTo("1090511990000000000");
            assertThat(l.itemName()).startsWith("*测试设备*");
        });
        InvoiceRequestLineView big = r.lines().get(7);
        assertThat(big.netAmount()).isEqualByComparingTo("99.99");
        assertThat(big.taxAmount()).isEqualByComparingTo("13.00"); // 12.9987
        assertThat(r.netTotal()).isEqualByComparingTo("100.27");
        assertThat(r.taxTotal()).as("the sum of the lines' taxes").isEqualByComparingTo("13.07");
        assertThat(r.grossTotal()).isEqualByComparingTo("113.34");
        assertThat(r.taxTotal()).as("as the invoice booked it").isEqualByComparingTo(invoice.taxTotal());
        assertThat(r.grossTotal()).isEqualByComparingTo(invoice.grossTotal());
        assertThat(r.buyerTaxNumber()).isNotBlank();
        assertThat(r.sellerTaxNumber()).isNotBlank();
        assertThat(r.remark()).contains("项目一期").contains(invoice.number());

        // one request at a time; a rep cannot approve; another rep does not see it
        assertThatThrownBy(() -> users.runAs("sales1", () -> requests.request(invoice.id(), null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("invoiceRequest.exists"));
        assertThatThrownBy(() -> users.runAs("sales1", () -> requests.approve(r.id(), r.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs("sales3", () -> requests.get(r.id())))
                .isInstanceOf(RecordNotFoundException.class);

        InvoiceRequestView approved = users.runAs("finance", () -> requests.approve(r.id(), r.version()));
        assertThat(approved.status()).isEqualTo(InvoiceRequestStatus.APPROVED);
        byte[] file = users.runAs("finance", () -> files.exportApproved());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            DataFormatter text = new DataFormatter();
            Sheet head = book.getSheet("1-发票基本信息");
            Sheet detail = book.getSheet("2-发票明细信息");
            assertThat(text.formatCellValue(head.getRow(0).getCell(0))).isEqualTo("发票流水号");
            int headRow = findRow(head, r.number());
            assertThat(text.formatCellValue(head.getRow(headRow).getCell(1))).isEqualTo("增值税专用发票");
            assertThat(text.formatCellValue(head.getRow(headRow).getCell(4))).isEqualTo(r.buyerTaxNumber());
            long detailRows = java.util.stream.IntStream.rangeClosed(1, detail.getLastRowNum())
                    .filter(i -> r.number()
                            .equals(text.formatCellValue(detail.getRow(i).getCell(0))))
                    .count();
            assertThat(detailRows).isEqualTo(8);
            int bigRow = findRow(detail, r.number(), "99.99");
            assertThat(text.formatCellValue(detail.getRow(bigRow).getCell(6))).isEqualTo("33.33");
            assertThat(text.formatCellValue(detail.getRow(bigRow).getCell(9))).isEqualTo("13.00");
        }
        assertThat(users.runAs("finance", () -> requests.get(r.id())).status())
                .isEqualTo(InvoiceRequestStatus.EXPORTED);

        // a file with one wrong row changes nothing; the right file issues it
        String bad =
                "发票流水号,发票号码,开票日期\n" + r.number() + ",26312000000123456789," + TODAY + "\nIR-NOPE,123," + TODAY + "\n";
        IssuedImport refused =
                users.runAs("finance", () -> files.importIssued("issued.csv", bad.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.issued()).isZero();
        assertThat(refused.errors()).extracting(IssuedImport.RowError::row).containsExactly(3);
        assertThat(users.runAs("finance", () -> requests.get(r.id())).status())
                .isEqualTo(InvoiceRequestStatus.EXPORTED);
        String good = "发票流水号,发票号码,开票日期\n" + r.number() + ",26312000000123456789," + TODAY + "\n";
        IssuedImport done =
                users.runAs("finance", () -> files.importIssued("issued.csv", good.getBytes(StandardCharsets.UTF_8)));
        assertThat(done.issued()).isEqualTo(1);
        InvoiceRequestView issued = users.runAs("sales1", () -> requests.get(r.id()));
        assertThat(issued.status()).isEqualTo(InvoiceRequestStatus.ISSUED);
        assertThat(issued.vatNumber()).isEqualTo("26312000000123456789");
        assertThat(issued.vatDate()).isEqualTo(TODAY);

        // a credit note for two of the small lines: the red-letter request names the original number
        InvoiceView full = users.runAs("finance", () -> receivables.invoice(invoice.id()));
        long firstLine = full.lines().get(0).id();
        long secondLine = full.lines().get(1).id();
        CreditNoteView note = users.runAs(
                "finance",
                () -> receivables.issueCreditNote(
                        invoice.id(), Map.of(firstLine, BigDecimal.ONE, secondLine, BigDecimal.ONE), "退货 returned"));
        InvoiceRequestView red = users.runAs("finance", () -> requests.red(note.id(), null));
        assertThat(red.kind()).isEqualTo("RED");
        assertThat(red.originalVatNumber()).isEqualTo("26312000000123456789");
        assertThat(red.netTotal()).isEqualByComparingTo("-0.08");
        assertThat(red.taxTotal()).isEqualByComparingTo("-0.02");
        assertThat(red.lines()).allSatisfy(l -> assertThat(l.quantity()).isNegative());
        assertThat(red.remark()).contains("26312000000123456789");
    }

    static int findRow(Sheet sheet, String... values) {
        DataFormatter text = new DataFormatter();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            var row = sheet.getRow(i);
            List<String> cells = new java.util.ArrayList<>();
            row.forEach(cell -> cells.add(text.formatCellValue(cell)));
            if (cells.containsAll(List.of(values))) {
                return i;
            }
        }
        throw new AssertionError("no row with " + List.of(values));
    }

    @Test
    void missingDataIsNamedAndTheApiFollowsTheSameRules() throws Exception {
        CustomerView bare = crm.customerOf("sales1");
        ProductView p = coded("10.00");
        InvoiceView noDetails = invoiced(bare, p, "1");
        assertThatThrownBy(() -> users.runAs("sales1", () -> requests.request(noDetails.id(), null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("invoiceRequest.buyerDataMissing"));
        CustomerView c = customerWithInvoicingData(InvoiceType.ORDINARY);
        ProductView uncoded = fixtures.product(ProductType.BOUGHT, "5.00", 3, "5");
        InvoiceView withUncoded = invoiced(c, p, "1", uncoded, "1");
        assertThatThrownBy(() -> users.runAs("sales1", () -> requests.request(withUncoded.id(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("invoiceRequest.taxCodeMissing");
                    assertThat(e.args()).contains(uncoded.sku());
                });
        assertThatThrownBy(() -> users.runAs("finance", () -> taxCodes.save(uncoded.id(), -1, "123", "x")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("taxCode"));
        users.runAs("finance", () -> taxCodes.save(uncoded.id(), -1, "1090511990000000000", "配件"));

        String created = mvc.perform(post("/api/v1/invoice-requests")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invoiceId\":" + withUncoded.id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.vatType").value("ORDINARY"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
        mvc.perform(post("/api/v1/invoice-requests/" + id + "/approve?version=0")
                        .header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/invoice-requests/" + id + "/reject?version=0")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/invoice-requests/" + id + "/reject?version=0")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"抬头有误 wrong title\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        // rejected: the invoice may be requested again (below, before the export)
        mvc.perform(get("/api/v1/invoice-requests/" + id).header("Authorization", "Bearer demo-sales3-key"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/invoice-requests").with(users.as("finance"))).andExpect(status().isOk());
        mvc.perform(get("/invoice-requests").with(users.as("sales1"))).andExpect(status().isOk());
        mvc.perform(get("/invoice-requests/" + id).with(users.as("sales1"))).andExpect(status().isOk());
        mvc.perform(get("/invoice-requests/new?invoiceId=" + withUncoded.id()).with(users.as("sales1")))
                .andExpect(status().isOk());
        // the export from the page: a file when something is approved, otherwise back to the list with the reason
        mvc.perform(
                post("/invoice-requests/export")
                        .with(users.as("finance"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()));
        mvc.perform(
                        post("/invoice-requests/export")
                                .with(users.as("finance"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/invoice-requests"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "invoiceRequest.nothingToExport"));
        InvoiceRequestView again = users.runAs("sales1", () -> requests.request(withUncoded.id(), null));
        users.runAs("finance", () -> requests.approve(again.id(), again.version()));
        mvc.perform(
                        post("/invoice-requests/export")
                                .with(users.as("finance"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.containsString("vat-invoices-")));
        mvc.perform(get("/finance/tax-codes").with(users.as("finance"))).andExpect(status().isOk());
        mvc.perform(get("/finance/tax-codes").with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(get("/invoice-requests").with(users.as("warehouse"))).andExpect(status().isForbidden());
    }

    @Autowired
    CollectionPlanning planning;

    @Test
    void anAdvanceBeforeDeliveryGetsANonTaxableAdvanceInvoice() throws Exception {
        CustomerView c = customerWithInvoicingData(InvoiceType.ORDINARY);
        ProductView p = coded("100.00");
        OrderView order = users.runAs(
                "sales1",
                () -> orders.confirm(fixtures.draft("sales1", c.id(), p, "10").id(), null)); // 1,130.00
        CollectionPlanView plan = users.runAs(
                "sales1",
                () -> planning.create(new CollectionPlanData(
                        null,
                        order.id(),
                        null,
                        List.of(
                                new InstalmentData(
                                        "预付款 30%", DueTrigger.SIGNING, 0, null, new BigDecimal("339.00"), null),
                                new InstalmentData(
                                        "尾款", DueTrigger.DELIVERY, 10, null, new BigDecimal("791.00"), null)))));
        InvoiceRequestView advance = users.runAs(
                "sales1",
                () -> requests.requestForInstalment(plan.instalments().get(0).id(), null));
        assertThat(advance.instalmentId()).isEqualTo(plan.instalments().get(0).id());
        assertThat(advance.sourceNumber()).isEqualTo(order.number());
        assertThat(advance.lines()).singleElement().satisfies(l -> {
            assertThat(l.taxCode()).isEqualTo(InvoiceRequests.ADVANCE_TAX_CODE);
            assertThat(l.itemName()).isEqualTo("*预收款*预付款 30%");
            assertThat(l.netAmount()).isEqualByComparingTo("339.00");
            assertThat(l.taxAmount()).isZero();
        });
        assertThat(advance.grossTotal()).isEqualByComparingTo("339.00");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> requests.requestForInstalment(
                                plan.instalments().get(0).id(), null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("invoiceRequest.exists"));
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> requests.requestForInstalment(
                                plan.instalments().get(1).id(), null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("invoiceRequest.instalmentAfterDelivery"));
        assertThatThrownBy(() -> users.runAs(
                        "sales3",
                        () -> requests.requestForInstalment(
                                plan.instalments().get(0).id(), null)))
                .isInstanceOf(RecordNotFoundException.class);

        users.runAs("finance", () -> requests.approve(advance.id(), advance.version()));
        byte[] file = users.runAs("finance", () -> files.exportApproved());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet detail = book.getSheet("2-发票明细信息");
            int row = findRow(detail, advance.number());
            assertThat(new DataFormatter().formatCellValue(detail.getRow(row).getCell(8)))
                    .isEqualTo("不征税");
            assertThat(new DataFormatter().formatCellValue(detail.getRow(row).getCell(9)))
                    .isEqualTo("0.00");
        }
    }
}
