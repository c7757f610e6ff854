package com.yiti.finance;

import com.yiti.finance.internal.InvoiceRequest;
import com.yiti.finance.internal.InvoiceRequestLine;
import com.yiti.finance.internal.InvoiceRequestRepository;
import com.yiti.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files between Yiti and the tax tool (decision 049, layout in docs/tax-invoices.md). Export: the approved
 * requests as a workbook laid out like the 数电票 batch-issue template — sheet 1 发票基本信息 (one row per request),
 * sheet 2 发票明细信息 (one row per line), joined by 发票流水号 = the request's number; exported requests become
 * EXPORTED. Import: the tool's list of issued invoices (Excel or CSV with 发票流水号, 发票号码, 开票日期): all rows are
 * checked first, and either every request named becomes ISSUED with its number and date, or none does and each wrong
 * row is reported.
 */
@Service
@Transactional
public class TaxInvoiceFiles {

    static final String[] HEADER_SHEET = {
        "发票流水号", "发票类型", "是否含税", "购买方名称", "购买方纳税人识别号", "购买方地址电话", "购买方开户行及账号", "备注", "红字对应蓝字发票号码", "销售方名称", "销售方纳税人识别号"
    };
    static final String[] LINE_SHEET = {"发票流水号", "项目名称", "商品和服务税收分类编码", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"};

    private final InvoiceRequestRepository requests;
    private final Clock clock;

    TaxInvoiceFiles(InvoiceRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** Every approved request in one workbook, marked EXPORTED; refused when none is approved. */
    @PreAuthorize("hasRole('FINANCE')")
    public byte[] exportApproved() {
        List<InvoiceRequest> approved = requests.findByStatusOrderByIdAsc(InvoiceRequestStatus.APPROVED);
        if (approved.isEmpty()) {
            throw new BusinessRuleException(null, "invoiceRequest.nothingToExport");
        }
        byte[] file = workbook(approved);
        var now = clock.instant();
        approved.forEach(r -> r.exported(now));
        requests.flush();
        return file;
    }

    /** The same file again for requests already exported (a lost download), without changing them. */
    @PreAuthorize("hasRole('FINANCE')")
    @Transactional(readOnly = true)
    public byte[] exportAgain() {
        List<InvoiceRequest> exported = requests.findByStatusOrderByIdAsc(InvoiceRequestStatus.EXPORTED);
        if (exported.isEmpty()) {
            throw new BusinessRuleException(null, "invoiceRequest.nothingToExport");
        }
        return workbook(exported);
    }

    private byte[] workbook(List<InvoiceRequest> list) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet headers = book.createSheet("1-发票基本信息");
            Sheet lines = book.createSheet("2-发票明细信息");
            header(headers, HEADER_SHEET);
            header(lines, LINE_SHEET);
            int h = 1;
            int l = 1;
            for (InvoiceRequest r : list) {
                Row row = headers.createRow(h++);
                String original = r.isRed()
                        ? requests.findById(r.getOriginalId())
                                .map(InvoiceRequest::getVatNumber)
                                .orElse(null)
                        : null;
                String[] values = {
                    r.getNumber(),
                    "SPECIAL".equals(r.getVatType()) ? "增值税专用发票" : "普通发票",
                    "否",
                    r.getBuyerName(),
                    r.getBuyerTaxNumber(),
                    r.getBuyerAddressPhone(),
                    join(r.getBuyerBank(), r.getBuyerAccount()),
                    r.getRemark(),
                    original,
                    r.getSellerName(),
                    r.getSellerTaxNumber()
                };
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
                }
                for (InvoiceRequestLine line : r.getLines()) {
                    Row lr = lines.createRow(l++);
                    lr.createCell(0).setCellValue(r.getNumber());
                    lr.createCell(1).setCellValue(line.getItemName());
                    lr.createCell(2).setCellValue(line.getTaxCode());
                    lr.createCell(3).setCellValue(line.getSpec() == null ? "" : line.getSpec());
                    lr.createCell(4).setCellValue(line.getUnit() == null ? "" : line.getUnit());
                    // numbers as text: the tool reads them exactly, no binary floating point on the way
                    lr.createCell(5)
                            .setCellValue(
                                    line.getQuantity().stripTrailingZeros().toPlainString());
                    lr.createCell(6)
                            .setCellValue(
                                    line.getUnitPrice().stripTrailingZeros().toPlainString());
                    lr.createCell(7).setCellValue(line.getNetAmount().toPlainString());
                    lr.createCell(8)
                            .setCellValue(
                                    InvoiceRequests.ADVANCE_TAX_CODE.equals(line.getTaxCode())
                                            ? "不征税"
                                            : line.getTaxRate()
                                                    .stripTrailingZeros()
                                                    .toPlainString());
                    lr.createCell(9).setCellValue(line.getTaxAmount().toPlainString());
                }
            }
            for (int i = 0; i < HEADER_SHEET.length; i++) {
                headers.setColumnWidth(i, 20 * 256);
            }
            for (int i = 0; i < LINE_SHEET.length; i++) {
                lines.setColumnWidth(i, 18 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the tool's list of issued invoices; all rows right, or nothing changes. */
    @PreAuthorize("hasRole('FINANCE')")
    public IssuedImport importIssued(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", "attachment.empty");
        }
        List<List<String>> rows = rows(filename, content);
        if (rows.isEmpty()) {
            throw new BusinessRuleException("file", "invoiceRequest.importEmpty");
        }
        List<String> head =
                rows.get(0).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        int numberCol = column(head, "发票流水号", "request");
        int vatCol = column(head, "发票号码", "vat_number");
        int dateCol = column(head, "开票日期", "date");
        if (numberCol < 0 || vatCol < 0 || dateCol < 0) {
            throw new BusinessRuleException("file", "invoiceRequest.importColumns");
        }
        LocalDate today = LocalDate.now(clock.withZone(ReceivablesManagement.BUSINESS_ZONE));
        List<IssuedImport.RowError> errors = new ArrayList<>();
        Map<InvoiceRequest, Object[]> issue = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String number = cell(row, numberCol);
            String vat = cell(row, vatCol).replace(" ", "");
            String date = cell(row, dateCol);
            if (number.isEmpty() && vat.isEmpty() && date.isEmpty()) {
                continue;
            }
            int at = i + 1;
            var found = requests.findByNumber(number.toUpperCase(Locale.ROOT));
            if (found.isEmpty()) {
                errors.add(new IssuedImport.RowError(at, "invoiceRequest.importUnknown", List.of(number)));
                continue;
            }
            InvoiceRequest r = found.get();
            if (!seen.add(r.getNumber())) {
                errors.add(new IssuedImport.RowError(at, "invoiceRequest.importTwice", List.of(number)));
                continue;
            }
            if (r.getStatus() == InvoiceRequestStatus.ISSUED) {
                if (!vat.equals(r.getVatNumber())) {
                    errors.add(new IssuedImport.RowError(
                            at, "invoiceRequest.importIssuedOther", List.of(number, String.valueOf(r.getVatNumber()))));
                }
                continue; // the same number again changes nothing
            }
            if (r.getStatus() != InvoiceRequestStatus.EXPORTED && r.getStatus() != InvoiceRequestStatus.APPROVED) {
                errors.add(new IssuedImport.RowError(at, "invoiceRequest.importNotApproved", List.of(number)));
                continue;
            }
            if (!vat.matches("\\d{8,20}")) {
                errors.add(new IssuedImport.RowError(at, "invoiceRequest.importVatNumber", List.of(vat)));
                continue;
            }
            LocalDate day = date(date);
            if (day == null || day.isAfter(today)) {
                errors.add(new IssuedImport.RowError(at, "invoiceRequest.importDate", List.of(date)));
                continue;
            }
            issue.put(r, new Object[] {vat, day});
        }
        if (!errors.isEmpty()) {
            return new IssuedImport(0, errors);
        }
        issue.forEach((r, v) -> r.issued((String) v[0], (LocalDate) v[1]));
        requests.flush();
        return new IssuedImport(issue.size(), List.of());
    }

    private static List<List<String>> rows(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || !(content.length > 1 && content[0] == 'P' && content[1] == 'K')) {
            try {
                String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
                List<List<String>> out = new ArrayList<>();
                for (CSVRecord rec : CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
                    out.add(rec.toList());
                }
                return out;
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new BusinessRuleException("file", "invoiceRequest.importUnreadable");
            }
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<List<String>> out = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(cell == null ? "" : text.formatCellValue(cell));
                    }
                }
                out.add(cells);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleException("file", "invoiceRequest.importUnreadable");
        }
    }

    private static int column(List<String> head, String zh, String en) {
        for (int i = 0; i < head.size(); i++) {
            if (head.get(i).equals(zh) || head.get(i).equals(en)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).trim() : "";
    }

    private static LocalDate date(String s) {
        for (String pattern : new String[] {"yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy年M月d日"}) {
            try {
                return LocalDate.parse(s, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException ignored) {
                // the next form
            }
        }
        return null;
    }

    private static void header(Sheet sheet, String[] names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static String join(String a, String b) {
        String s = ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
        return s;
    }
}
