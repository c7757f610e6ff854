package com.yiti.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
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

    private static final int PAGE_SIZE = 500;

    private CsvExport() {}

    public static <T> void write(
            HttpServletResponse response,
            String filename,
            List<String> header,
            Sort sort,
            Function<Pageable, Page<T>> source,
            Function<T, List<?>> row)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().get())) {
            csv.printRecord(header);
            int pageNumber = 0;
            Page<T> page;
            do {
                page = source.apply(PageRequest.of(pageNumber++, PAGE_SIZE, sort));
                for (T item : page.getContent()) {
                    csv.printRecord(
                            row.apply(item).stream().map(CsvExport::cell).toList());
                }
                csv.flush();
            } while (page.hasNext());
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
