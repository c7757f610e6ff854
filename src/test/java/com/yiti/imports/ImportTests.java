package com.yiti.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerSummary;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceStatus;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.NewPayment;
import com.yiti.finance.PaymentMethod;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.setup.CreditCodes;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 15, import: a file is checked as a whole and then row by row before anything is written; the user imports
 * the valid rows or nothing; errors name the row and the column and come back as the same file with an error column;
 * a re-import updates by code; bad files (wrong type, empty, too large, formula, merged header, hidden sheet, macros)
 * import nothing; CSV in UTF-8 or GBK; only ADMIN imports.
 */
@YitiTest
class ImportTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Imports imports;

    @Autowired
    CustomerManagement customers;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.yiti.support.CrmFixtures crm;

    @Autowired
    ReceivablesManagement receivables;

    @org.springframework.beans.factory.annotation.Autowired
    com.yiti.finance.PaymentManagement paymentManagement;

    @Autowired
    com.yiti.finance.ReceivablesPosition position;

    static String creditCode() {
        StringBuilder b = new StringBuilder("91310000");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 9; i++) {
            b.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return b.toString() + CreditCodes.checkCharacter(b.toString());
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static byte[] xlsx(List<List<Object>> rows, Consumer<XSSFWorkbook> tweak) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("data");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            tweak.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private MvcResult upload(String kind, String name, String contentType, byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", name, contentType, content))
                        .param("kind", kind)
                        .header("Accept-Language", "zh-CN")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andReturn();
    }

    private long jobOf(MvcResult result) {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsByteArray().length + " bytes")
                .isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ImportJobView await(long id, ImportStatus status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> users.runAs("admin", () -> imports.get(id)).status() == status);
        return users.runAs("admin", () -> imports.get(id));
    }

    private long productId(String sku) {
        return jdbc.queryForObject("select id from inv_product where sku = ?", Long.class, sku);
    }

    private CustomerSummary customerNamed(String name) {
        var page = users.runAs("admin", () -> customers.allCustomers(name, PageRequest.of(0, 5)));
        return page.isEmpty() ? null : page.getContent().get(0);
    }

    @Test
    void customersAreCheckedRowByRowThenTheValidOnesImportedAndAReimportUpdatesByCode() throws Exception {
        String id = unique();
        String good = "苏州精工" + id + "机械有限公司";
        String badCode = "91310000MA1K4YT0X9"; // check character wrong
        List<Object> header = List.of("客户编码*", "客户名称*", "统一社会信用代码", "负责人（用户名）*", "联系人", "联系人邮箱");
        byte[] file = xlsx(
                List.of(
                        header,
                        List.of("C-" + id, good, creditCode(), "sales1", "王经理", "wang-" + id + "@example.cn"),
                        List.of("D-" + id, "坏代码" + id + "有限公司", badCode, "sales1", "", ""),
                        List.of("C-" + id, "重复" + id + "有限公司", "", "sales1", "", ""),
                        List.of("E-" + id, "无人" + id + "有限公司", "", "nobody-" + id, "", "")),
                w -> {});
        long job = jobOf(upload("customers", "客户.xlsx", XLSX, file));
        ImportJobView checked = await(job, ImportStatus.CHECKED);
        assertThat(checked.totalRows()).isEqualTo(4);
        assertThat(checked.validRows()).isEqualTo(1);
        assertThat(checked.errorRows()).isEqualTo(3);
        assertThat(customerNamed(good)).as("a dry run writes nothing").isNull();

        String page = mvc.perform(get("/admin/imports/" + job)
                        .header("Accept-Language", "zh-CN")
                        .with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("统一社会信用代码：不是有效的统一社会信用代码")
                .contains("与第 2 行的编码重复")
                .contains("没有启用的用户“nobody-" + id + "”")
                .contains("import-run");

        byte[] errors = mvc.perform(get("/admin/imports/" + job + "/error-file")
                        .header("Accept-Language", "zh-CN")
                        .with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int last = header.size();
            assertThat(sheet.getRow(0).getCell(last).getStringCellValue()).isEqualTo("错误");
            assertThat(sheet.getRow(1).getCell(last)).isNull();
            assertThat(sheet.getRow(2).getCell(last).getStringCellValue()).contains("统一社会信用代码");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("坏代码" + id + "有限公司");
        }

        mvc.perform(post("/admin/imports/" + job + "/run")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        ImportJobView done = await(job, ImportStatus.DONE);
        assertThat(done.createdRows()).isEqualTo(1);
        assertThat(done.refusedRows()).isEqualTo(3);
        CustomerSummary created = customerNamed(good);
        assertThat(created).isNotNull();
        var view = users.runAs("admin", () -> customers.get(created.id()));
        assertThat(view.code()).isEqualTo("C-" + id);
        assertThat(users.runAs("admin", () -> customers.contacts(created.id())))
                .singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("wang-" + id + "@example.cn"));

        // the same customer again, renamed, and the rows fixed: updated by code, nothing doubled
        byte[] again = xlsx(
                List.of(header, List.of("C-" + id, good + "（新）", "", "sales1", "王经理", "wang2-" + id + "@example.cn")),
                w -> {});
        long second = jobOf(upload("customers", "客户2.xlsx", XLSX, again));
        assertThat(await(second, ImportStatus.CHECKED).validRows()).isEqualTo(1);
        users.runAs("admin", () -> imports.run(second));
        ImportJobView updated = await(second, ImportStatus.DONE);
        assertThat(updated.updatedRows()).isEqualTo(1);
        assertThat(updated.createdRows()).isZero();
        assertThat(users.runAs("admin", () -> customers.get(created.id())).name())
                .isEqualTo(good + "（新）");
        assertThat(users.runAs("admin", () -> customers.contacts(created.id())))
                .singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("wang2-" + id + "@example.cn"));
        assertThat(jdbc.queryForObject("select count(*) from cus_customer where code = ?", Integer.class, "C-" + id))
                .isEqualTo(1);

        // a new code whose name looks like an existing customer: the duplicate guard refuses it
        byte[] duplicate = xlsx(List.of(header, List.of("F-" + id, good + "（新）", "", "sales1", "", "")), w -> {});
        long third = jobOf(upload("customers", "客户3.xlsx", XLSX, duplicate));
        assertThat(await(third, ImportStatus.CHECKED).errorRows()).isEqualTo(1);
        assertThat(mvc.perform(get("/admin/imports/" + third)
                                .header("Accept-Language", "zh-CN")
                                .with(users.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("疑似已有客户");
        mvc.perform(post("/admin/imports/" + third + "/cancel")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(users.runAs("admin", () -> imports.get(third)).status()).isEqualTo(ImportStatus.CANCELLED);
    }

    @Test
    void csvInGbkOrUtf8ImportsProductsAndOpeningStockSetsTheQuantityOnce() throws Exception {
        String sku = "IMP-" + unique();
        String csv = "物料编码*,中文名称*,英文名称*,类型*,单位*,标准售价*,标准成本*,增值税率 %*\n" + sku
                + ",导入测试电机,Imported motor,BOUGHT,个,\"1,280.00\",860,13\n"
                // refused by the product rules inside the facade: the valid row of the same chunk still goes in
                + sku + "-B,未知单位,Unknown unit,BOUGHT,桶,10,5,13\n";
        long job = jobOf(upload("products", "products.csv", "text/csv", csv.getBytes(Charset.forName("GBK"))));
        ImportJobView checkedProducts = await(job, ImportStatus.CHECKED);
        assertThat(checkedProducts.validRows()).isEqualTo(1);
        assertThat(checkedProducts.errorRows()).isEqualTo(1);
        users.runAs("admin", () -> imports.run(job));
        ImportJobView doneProducts = await(job, ImportStatus.DONE);
        assertThat(doneProducts.createdRows()).isEqualTo(1);
        assertThat(doneProducts.refusedRows()).isEqualTo(1);
        assertThat(users.runAs("admin", () -> imports.errors(job, PageRequest.of(0, 5)))
                        .getContent())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("unit");
                    assertThat(e.messageKey()).isEqualTo("unit.unknown");
                });
        ProductView product = users.runAs("admin", () -> inventory.product(productId(sku)));
        assertThat(product.nameZh()).isEqualTo("导入测试电机");
        assertThat(product.listPrice()).isEqualByComparingTo("1280.00");
        assertThat(product.taxRate()).isEqualByComparingTo("0.13");

        String stock = "\ufeffSKU,Warehouse,Quantity on hand\n" + sku + ",SH01,12\n" + sku + ",SH01,3\n";
        long opening = jobOf(upload("opening-stock", "stock.csv", "text/csv", stock.getBytes(StandardCharsets.UTF_8)));
        ImportJobView checked = await(opening, ImportStatus.CHECKED);
        assertThat(checked.validRows()).isEqualTo(1);
        assertThat(checked.errorRows()).as("the same SKU and warehouse twice").isEqualTo(1);
        users.runAs("admin", () -> imports.run(opening));
        await(opening, ImportStatus.DONE);
        long sh01 = inventory.warehouses().stream()
                .filter(w -> w.code().equals("SH01"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(users.runAs("admin", () -> inventory.balance(product.id(), sh01))
                        .onHand())
                .isEqualByComparingTo("12");
        String journal = "select count(*) from fin_journal_entry where document_ref = 'OPENING'";
        Integer entriesBefore = jdbc.queryForObject(journal, Integer.class);

        long reimport = jobOf(upload("opening-stock", "stock.csv", "text/csv", stock.getBytes(StandardCharsets.UTF_8)));
        await(reimport, ImportStatus.CHECKED);
        users.runAs("admin", () -> imports.run(reimport));
        assertThat(await(reimport, ImportStatus.DONE).updatedRows()).isEqualTo(1);
        assertThat(users.runAs("admin", () -> inventory.balance(product.id(), sh01))
                        .onHand())
                .as("a re-import sets the quantity again, never adds")
                .isEqualByComparingTo("12");
        assertThat(jdbc.queryForObject(journal, Integer.class)).isEqualTo(entriesBefore);
    }

    @Test
    void openReceivablesEnterTheAgingAndAReimportCorrectsAnUnpaidOne() throws Exception {
        String id = unique();
        var customer = crm.customerOf("sales1");
        jdbc.update("update cus_customer set code = ? where id = ?", "R-" + id, customer.id());
        String number = "OLD" + id;
        String csv = "Invoice number,Customer code,Invoice date,Due date,Amount open\n"
                + number + ",R-" + id + ",2026/10/15,2026-11-14,\"56,500.00\"\n"
                + "X" + id + ",NOBODY-" + id + ",2026-10-15,2026-11-14,10\n"
                + "Y" + id + ",R-" + id + ",2026-10-15,2026-10-01,10\n";
        long job = jobOf(upload("open-receivables", "ar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        ImportJobView checked = await(job, ImportStatus.CHECKED);
        assertThat(checked.validRows()).isEqualTo(1);
        assertThat(checked.errorRows()).isEqualTo(2);
        users.runAs("admin", () -> imports.run(job));
        assertThat(await(job, ImportStatus.DONE).createdRows()).isEqualTo(1);

        InvoiceView invoice = users
                .runAs(
                        "finance",
                        () -> receivables
                                .invoices(new InvoiceFilter(number, null, null, false, null), PageRequest.of(0, 5))
                                .getContent())
                .stream()
                .filter(i -> i.number().equals(number))
                .findFirst()
                .orElseThrow();
        assertThat(invoice.opening()).isTrue();
        assertThat(invoice.orderId()).isNull();
        assertThat(invoice.open()).isEqualByComparingTo("56500.00");
        assertThat(invoice.dueDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 14));
        assertThat(users.runAs("finance", () -> position.aging(java.time.LocalDate.of(2026, 12, 1))))
                .anySatisfy(row -> {
                    assertThat(row.customerId()).isEqualTo(customer.id());
                    assertThat(row.total()).isEqualByComparingTo("56500.00");
                });
        String journal = "select coalesce(sum(l.debit), 0) from fin_journal_line l join fin_journal_entry e"
                + " on e.id = l.entry_id where e.document_ref = ?";
        assertThat(jdbc.queryForObject(journal, BigDecimal.class, number)).isEqualByComparingTo("56500.00");
        mvc.perform(get("/finance/invoices/" + invoice.id())
                        .header("Accept-Language", "zh-CN")
                        .with(users.as("finance")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("期初余额")));

        // corrected before anyone paid: the same invoice, the new amount, the journal gets the difference
        String corrected = "Invoice number,Customer code,Invoice date,Due date,Amount open\n" + number + ",R-" + id
                + ",2026-10-15,2026-11-30,50000\n";
        long second =
                jobOf(upload("open-receivables", "ar2.csv", "text/csv", corrected.getBytes(StandardCharsets.UTF_8)));
        await(second, ImportStatus.CHECKED);
        users.runAs("admin", () -> imports.run(second));
        assertThat(await(second, ImportStatus.DONE).updatedRows()).isEqualTo(1);
        InvoiceView after = users.runAs("finance", () -> receivables.invoice(invoice.id()));
        assertThat(after.open()).isEqualByComparingTo("50000.00");
        String balance = "select coalesce(sum(l.debit - l.credit), 0) from fin_journal_line l join fin_journal_entry e"
                + " on e.id = l.entry_id join fin_account a on a.id = l.account_id where e.document_ref = ? and a.purpose = 'RECEIVABLES'";
        assertThat(jdbc.queryForObject(balance, BigDecimal.class, number)).isEqualByComparingTo("50000.00");

        // paid in Yiti like any invoice; a later re-import no longer touches it
        users.runAs(
                "finance",
                () -> paymentManagement.recordPayment(new NewPayment(
                        customer.id(),
                        java.time.LocalDate.now(),
                        new BigDecimal("50000.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "REF" + id,
                        false,
                        java.util.Map.of(invoice.id(), new BigDecimal("50000.00")))));
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .status())
                .isEqualTo(InvoiceStatus.PAID);
        long third =
                jobOf(upload("open-receivables", "ar3.csv", "text/csv", corrected.getBytes(StandardCharsets.UTF_8)));
        assertThat(await(third, ImportStatus.CHECKED).errorRows()).isEqualTo(1);
    }

    @Test
    void badFilesAreRefusedAsAWholeAndNothingIsImported() throws Exception {
        String id = unique();
        List<Object> header = List.of("客户编码*", "客户名称*", "负责人（用户名）*");
        List<Object> row = List.of("B-" + id, "坏文件" + id + "有限公司", "sales1");

        // refused at upload: nothing kept
        assertThat(upload("customers", "empty.csv", "text/csv", new byte[0])
                        .getResponse()
                        .getContentAsString())
                .contains("文件是空的");
        assertThat(upload("customers", "photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0})
                        .getResponse()
                        .getContentAsString())
                .contains("这不是 Excel .xlsx 或 CSV 文件");
        assertThat(upload("customers", "old.xls", "application/vnd.ms-excel", new byte[] {
                            (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 1, 2
                        })
                        .getResponse()
                        .getContentAsString())
                .contains("旧版 Excel");
        byte[] large = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(upload("customers", "large.csv", "text/csv", large)
                        .getResponse()
                        .getContentAsString())
                .contains("文件超过 30 MB");

        // refused by the check: the job says why
        record Bad(String name, byte[] content, String message) {}
        List<Bad> bad = List.of(
                new Bad(
                        "formula.xlsx",
                        xlsx(
                                List.of(header, row),
                                w -> w.getSheetAt(0).getRow(1).createCell(3).setCellFormula("1+1")),
                        "单元格 D2 含有公式"),
                new Bad(
                        "merged.xlsx",
                        xlsx(
                                List.of(header, row),
                                w -> w.getSheetAt(0).addMergedRegion(new CellRangeAddress(0, 0, 0, 1))),
                        "A1:B1 是合并单元格"),
                new Bad(
                        "hidden.xlsx",
                        xlsx(List.of(header, row), w -> {
                            w.createSheet("旧数据");
                            w.setSheetHidden(1, true);
                        }),
                        "隐藏的工作表（旧数据）"),
                new Bad("macros.xlsm", macroWorkbook(header, row), "包含宏"),
                new Bad("header-only.xlsx", xlsx(List.of(header), w -> {}), "没有数据行"),
                new Bad("wrong-columns.csv", "客户编码,Phone\nX,1\n".getBytes(StandardCharsets.UTF_8), "列“Phone”不属于"));
        for (Bad b : bad) {
            long job = jobOf(upload("customers", b.name(), XLSX, b.content()));
            ImportJobView view = await(job, ImportStatus.REJECTED);
            assertThat(mvc.perform(get("/admin/imports/" + job)
                                    .header("Accept-Language", "zh-CN")
                                    .with(users.as("admin")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as(b.name())
                    .contains(b.message())
                    .doesNotContain("import-run");
            assertThat(view.createdRows() + view.updatedRows()).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from cus_customer where code = ?", Integer.class, "B-" + id))
                .isZero();
    }

    private static byte[] macroWorkbook(List<Object> header, List<Object> row) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("data");
            for (int r = 0; r < 2; r++) {
                List<Object> cells = r == 0 ? header : row;
                XSSFRow line = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    line.createCell(c).setCellValue(cells.get(c).toString());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void templatesHaveTheHeadersInTheUsersLanguageAnExampleAndAnExplanation() throws Exception {
        byte[] template = mvc.perform(get("/admin/imports/templates/customers?format=xlsx")
                        .with(users.as("admin"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("客户编码*");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("C9001");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("统一社会信用代码");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(4).getStringCellValue())
                    .contains("GB 32100");
        }
    }

    @Test
    void suppliersAreImportedByNameAndUpdatedOnReimport() throws Exception {
        String name = "导入供应商" + unique() + "有限公司";
        String csv = "供应商名称*,联系人,邮箱,交期（天）*\n" + name + ",陈工,chen@example.cn,10\n" + "坏邮箱" + unique()
                + "公司,李工,not-an-email,5\n";
        long job = jobOf(upload("suppliers", "s.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        ImportJobView checked = await(job, ImportStatus.CHECKED);
        assertThat(checked.validRows()).isEqualTo(1);
        assertThat(checked.errorRows()).isEqualTo(1);
        users.runAs("admin", () -> imports.run(job));
        assertThat(await(job, ImportStatus.DONE).createdRows()).isEqualTo(1);
        String again = "供应商名称*,交期（天）*\n" + name + ",21\n";
        long second = jobOf(upload("suppliers", "s2.csv", "text/csv", again.getBytes(StandardCharsets.UTF_8)));
        await(second, ImportStatus.CHECKED);
        users.runAs("admin", () -> imports.run(second));
        assertThat(await(second, ImportStatus.DONE).updatedRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select lead_time_days from pur_supplier where name = ?", Integer.class, name))
                .isEqualTo(21);
        assertThat(jdbc.queryForObject("select count(*) from pur_supplier where name = ?", Integer.class, name))
                .isEqualTo(1);
    }

    @Test
    void onlyAdminImports() throws Exception {
        mvc.perform(get("/admin/imports").with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports").header("Authorization", "Bearer demo-finance-key"))
                .andExpect(status().isForbidden());
        String sku = "API-" + unique();
        String csv = "sku,nameZh,nameEn,type,unit,listPrice,standardCost,taxRate\n" + sku
                + ",接口导入,API import,SERVICE,个,10,0,6\n";
        String body = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "p.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "products")
                        .header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long job = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(body)
                .get("id")
                .asLong();
        await(job, ImportStatus.CHECKED);
        mvc.perform(post("/api/v1/imports/" + job + "/run").header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isAccepted());
        assertThat(await(job, ImportStatus.DONE).createdRows()).isEqualTo(1);
        assertThat(users.runAs("admin", () -> inventory.product(productId(sku))).nameZh())
                .isEqualTo("接口导入");
    }
}
