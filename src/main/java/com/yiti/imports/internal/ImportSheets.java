package com.yiti.imports.internal;

import com.yiti.imports.ImportColumn;
import com.yiti.imports.ImportFile;
import com.yiti.imports.ImportKind;
import com.yiti.imports.ImportRowErrorView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the files users download: a kind's template (headers in the user's language, required ones marked *, an
 * example row, and a sheet explaining each column) and a file's copy with an error column added to each refused row.
 */
@Component
public class ImportSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";

    private final MessageSource messages;

    ImportSheets(MessageSource messages) {
        this.messages = messages;
    }

    public ImportFile template(ImportKind kind, String format, Locale locale) {
        List<String> header = kind.columns().stream()
                .map(c -> ImportHeader.label(messages, kind, c, locale) + (c.required() ? "*" : ""))
                .toList();
        List<String> example =
                kind.columns().stream().map(ImportColumn::example).toList();
        String name = messages.getMessage("import.kind." + kind.code(), null, kind.code(), locale);
        if ("csv".equals(format)) {
            return new ImportFile(kind.code() + "-template.csv", CSV, csv(List.of(header, example)));
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = workbook.createSheet(safe(name));
            write(data.createRow(0), header, bold);
            write(data.createRow(1), example, null);
            Sheet help = workbook.createSheet(safe(messages.getMessage("import.template.helpSheet", null, locale)));
            write(
                    help.createRow(0),
                    List.of(
                            messages.getMessage("import.template.column", null, locale),
                            messages.getMessage("import.template.required", null, locale),
                            messages.getMessage("import.template.format", null, locale),
                            messages.getMessage("import.template.example", null, locale),
                            messages.getMessage("import.template.meaning", null, locale)),
                    bold);
            int r = 1;
            for (ImportColumn c : kind.columns()) {
                write(
                        help.createRow(r++),
                        List.of(
                                ImportHeader.label(messages, kind, c, locale),
                                messages.getMessage(c.required() ? "common.yes" : "common.no", null, locale),
                                messages.getMessage("import.type." + c.type(), null, locale),
                                c.example() == null ? "" : c.example(),
                                messages.getMessage(
                                        "import." + kind.code() + "." + c.key() + ".help", null, "", locale)),
                        null);
            }
            write(help.createRow(r + 1), List.of(messages.getMessage("import.template.notes", null, locale)), null);
            workbook.write(out);
            return new ImportFile(kind.code() + "-template.xlsx", XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploaded file again, every row as it was, with the errors of each refused row in a last column. */
    public ImportFile errorFile(
            ImportKind kind,
            String format,
            String fileName,
            byte[] content,
            List<ImportRowErrorView> errors,
            Locale locale) {
        Map<Integer, String> byRow = errors.stream()
                .collect(Collectors.groupingBy(
                        ImportRowErrorView::row,
                        java.util.TreeMap::new,
                        Collectors.mapping(e -> describe(kind, e, locale), Collectors.joining("；"))));
        List<List<String>> rows = new ArrayList<>();
        int[] width = {0};
        SheetFiles.read(format, content, (number, cells) -> {
            List<String> row = new ArrayList<>(cells);
            width[0] = Math.max(width[0], row.size());
            rows.add(row);
            row.add(0, String.valueOf(number));
        });
        String errorHeader = messages.getMessage("import.errorColumn", null, locale);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int number = Integer.parseInt(row.remove(0));
            List<String> cells = new ArrayList<>(row);
            while (cells.size() < width[0]) {
                cells.add(null);
            }
            cells.add(i == 0 ? errorHeader : byRow.get(number));
            out.add(cells);
        }
        String base = fileName.replaceAll("\\.[A-Za-z]+$", "");
        if ("csv".equals(format)) {
            return new ImportFile(base + "-errors.csv", CSV, csv(out));
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("errors");
            for (int i = 0; i < out.size(); i++) {
                write(sheet.createRow(i), out.get(i), null);
            }
            workbook.write(bytes);
            return new ImportFile(base + "-errors.xlsx", XLSX, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "统一社会信用代码：校验位错误" — the column's label and the reason, in the reader's language. */
    public String describe(ImportKind kind, ImportRowErrorView e, Locale locale) {
        String reason = messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale);
        if (e.column() == null) {
            return reason;
        }
        return messages.getMessage("import." + kind.code() + "." + e.column(), null, e.column(), locale)
                + messages.getMessage("import.labelSeparator", null, ": ", locale)
                + reason;
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null) {
                var cell = row.createCell(c);
                cell.setCellValue(cells.get(c));
                if (style != null) {
                    cell.setCellStyle(style);
                }
            }
        }
    }

    private static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\ufeff');
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(ImportSheets::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell a spreadsheet would run as a formula gets a leading quote (CSV injection); numbers stay as they are. */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return cell.matches("[+-]?\\d+(\\.\\d+)?") ? cell : "'" + cell;
    }

    private static String safe(String sheetName) {
        String s = sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
