package com.yiti.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * CSV export of a list's current filter: fetched and written page by page (never the whole result in memory), with
 * a UTF-8 byte-order mark so Excel opens Chinese text correctly. The page source is the module's own scoped query.
 */
public final class CsvExport {

    private static final int PAGE_SIZE = 2000;

    private CsvExport() {}

    private static <T> void csv(
            HttpServletResponse response,
            String filename,
            List<String> header,
            Sort sort,
            Function<Pageable, Page<T>> source,
            ToLongFunction<T> id,
            Function<T, List<?>> row)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().get())) {
            csv.printRecord(header);
            eachPage(sort, source, id, items -> {
                for (T item : items) {
                    csv.printRecord(
                            row.apply(item).stream().map(CsvExport::cell).toList());
                }
                csv.flush();
            });
        }
    }

    private interface PageWriter<T> {
        void write(List<T> items) throws IOException;
    }

    /**
     * Runs the list's own query page by page, handing each page to the writer before fetching the next. A list sorted
     * by id whose rows' ids are known continues each page after the last id (keyset paging: the millionth row costs
     * what the first did); other lists page by offset.
     */
    private static <T> void eachPage(
            Sort sort, Function<Pageable, Page<T>> source, ToLongFunction<T> id, PageWriter<T> writer)
            throws IOException {
        if (id != null && Keyset.byId(sort)) {
            List<T> rows = source.apply(PageRequest.of(0, PAGE_SIZE, sort)).getContent();
            while (!rows.isEmpty()) {
                writer.write(rows);
                if (rows.size() < PAGE_SIZE) {
                    return;
                }
                rows = source.apply(Keyset.after(PAGE_SIZE, sort, id.applyAsLong(rows.get(rows.size() - 1))))
                        .getContent();
            }
            return;
        }
        int pageNumber = 0;
        Page<T> page;
        do {
            page = source.apply(PageRequest.of(pageNumber++, PAGE_SIZE, sort));
            writer.write(page.getContent());
        } while (page.hasNext());
    }

    /** The formats a list exports to. */
    public enum Format {
        CSV,
        XLSX;

        /** "xlsx" (any case) is Excel, anything else CSV. */
        public static Format of(String name) {
            return "xlsx".equalsIgnoreCase(name) ? XLSX : CSV;
        }

        /** From the request path: {@code …/export.xlsx} is Excel, {@code …/export.csv} CSV. */
        public static Format ofPath(String path) {
            return path != null && path.endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    /**
     * Writes the list as CSV or as an Excel workbook. The workbook is streamed too (SXSSF keeps a window of 100 rows
     * in memory and the rest in a temporary file): a million rows never sit in memory.
     */
    public static <T> void write(
            HttpServletResponse response,
            Format format,
            String baseName,
            List<String> header,
            Sort sort,
            Function<Pageable, Page<T>> source,
            Function<T, List<?>> row)
            throws IOException {
        write(response, format, baseName, header, sort, source, null, row);
    }

    /**
     * The same for a list sorted by id whose query takes {@link Keyset#after(Pageable)}: {@code id} gives a row's
     * id, and each page continues after the last one's.
     */
    public static <T> void write(
            HttpServletResponse response,
            Format format,
            String baseName,
            List<String> header,
            Sort sort,
            Function<Pageable, Page<T>> source,
            ToLongFunction<T> id,
            Function<T, List<?>> row)
            throws IOException {
        // an export reads the replica when one is configured: a million rows never compete with order entry
        ReplicaReads.stream(() -> writeFrom(response, format, baseName, header, sort, source, id, row));
    }

    private static <T> void writeFrom(
            HttpServletResponse response,
            Format format,
            String baseName,
            List<String> header,
            Sort sort,
            Function<Pageable, Page<T>> source,
            ToLongFunction<T> id,
            Function<T, List<?>> row)
            throws IOException {
        if (format != Format.XLSX) {
            csv(response, baseName + ".csv", header, sort, source, id, row);
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + baseName + ".xlsx\"");
        org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
        try {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(baseName);
            org.apache.poi.ss.usermodel.Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            int[] next = {1};
            eachPage(sort, source, id, items -> {
                for (T item : items) {
                    org.apache.poi.ss.usermodel.Row line = sheet.createRow(next[0]++);
                    List<?> cells = row.apply(item);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number n) {
                            line.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            line.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            });
            workbook.write(response.getOutputStream());
        } finally {
            workbook.close();
        }
    }

    /** A page source over a list that is small enough to hold (e.g. campaigns). */
    public static <T> Function<Pageable, Page<T>> pagesOf(List<T> all) {
        return pageable -> {
            int from = (int) Math.min(pageable.getOffset(), all.size());
            int to = Math.min(from + pageable.getPageSize(), all.size());
            return new org.springframework.data.domain.PageImpl<>(all.subList(from, to), pageable, all.size());
        };
    }

    /** One CSV row; unlike {@code List.of} it takes nulls, written as empty cells. */
    public static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** Cells that a spreadsheet would run as a formula are prefixed with a quote (CSV injection). */
    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            return "'" + s;
        }
        return s;
    }
}
