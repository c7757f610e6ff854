package com.yiti.imports.internal;

import com.yiti.imports.ImportColumn;
import com.yiti.imports.ImportFileException;
import com.yiti.imports.ImportKind;
import com.yiti.imports.ImportRow;
import com.yiti.imports.RowError;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * A file's header row matched to a kind's columns (by the Chinese or English label, with or without the template's
 * required mark, or by the key), and each row's cells checked for their column's type.
 */
public final class ImportHeader {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final int MAX_TEXT = 500;

    private final ImportKind kind;
    /** Column of the file → the kind's column (null: the error column of an error file, ignored). */
    private final Map<Integer, ImportColumn> byIndex;

    private ImportHeader(ImportKind kind, Map<Integer, ImportColumn> byIndex) {
        this.kind = kind;
        this.byIndex = byIndex;
    }

    public static String label(MessageSource messages, ImportKind kind, ImportColumn column, Locale locale) {
        return messages.getMessage("import." + kind.code() + "." + column.key(), null, column.key(), locale);
    }

    public static ImportHeader of(ImportKind kind, List<String> cells, MessageSource messages, Locale uploader) {
        Map<String, ImportColumn> names = new HashMap<>();
        for (ImportColumn c : kind.columns()) {
            names.put(normalize(c.key()), c);
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                names.put(normalize(label(messages, kind, c, l)), c);
            }
        }
        java.util.Set<String> errorColumns = new java.util.HashSet<>();
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            errorColumns.add(normalize(messages.getMessage("import.errorColumn", null, l)));
        }
        Map<Integer, ImportColumn> byIndex = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null) {
                continue;
            }
            String name = normalize(cell);
            if (errorColumns.contains(name)) {
                continue;
            }
            ImportColumn column = names.get(name);
            if (column == null) {
                throw new ImportFileException("import.file.unknownColumn", cell.strip());
            }
            if (!seen.add(column.key())) {
                throw new ImportFileException("import.file.duplicateColumn", cell.strip());
            }
            byIndex.put(i, column);
        }
        List<String> missing = kind.columns().stream()
                .filter(ImportColumn::required)
                .filter(c -> !seen.contains(c.key()))
                .map(c -> label(messages, kind, c, uploader))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.missingColumns", String.join(", ", missing));
        }
        return new ImportHeader(kind, byIndex);
    }

    /** The row's typed values, and an error for each cell that is missing or not of its type. */
    public ImportRow row(int number, List<String> cells, List<RowError> errors) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<Integer, ImportColumn> e : byIndex.entrySet()) {
            String raw = e.getKey() < cells.size() ? cells.get(e.getKey()) : null;
            ImportColumn column = e.getValue();
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String value = typed(column, raw.strip(), errors);
            if (value != null) {
                values.put(column.key(), value);
            }
        }
        for (ImportColumn c : kind.columns()) {
            if (c.required()
                    && !values.containsKey(c.key())
                    && errors.stream().noneMatch(x -> c.key().equals(x.column()))) {
                errors.add(RowError.of(c.key(), "import.cell.required"));
            }
        }
        return new ImportRow(number, values);
    }

    private static String typed(ImportColumn column, String raw, List<RowError> errors) {
        switch (column.type()) {
            case TEXT -> {
                if (raw.length() > MAX_TEXT) {
                    errors.add(RowError.of(column.key(), "import.cell.tooLong", MAX_TEXT));
                    return null;
                }
                return raw;
            }
            case INTEGER -> {
                String v = raw.replace(",", "");
                if (!INTEGER.matcher(v).matches()) {
                    errors.add(RowError.of(column.key(), "import.cell.integer", raw));
                    return null;
                }
                return v;
            }
            case DECIMAL -> {
                String v =
                        raw.replace(",", "").replace("¥", "").replace("￥", "").strip();
                try {
                    BigDecimal d = new BigDecimal(v);
                    if (d.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
                        errors.add(RowError.of(column.key(), "import.cell.number", raw));
                        return null;
                    }
                    return d.stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    errors.add(RowError.of(column.key(), "import.cell.number", raw));
                    return null;
                }
            }
            case DATE -> {
                Matcher m = DATE.matcher(raw);
                if (m.matches()) {
                    try {
                        return LocalDate.of(
                                        Integer.parseInt(m.group(1)),
                                        Integer.parseInt(m.group(2)),
                                        Integer.parseInt(m.group(3)))
                                .toString();
                    } catch (DateTimeException e) {
                        // falls through to the error
                    }
                }
                errors.add(RowError.of(column.key(), "import.cell.date", raw));
                return null;
            }
            default -> {
                return raw;
            }
        }
    }

    private static String normalize(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT).replace("＊", "*");
        if (v.endsWith("*")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v.replace(" ", "");
    }

    /** The file's columns that are the kind's, in the order of the file. */
    public List<ImportColumn> columns() {
        return new ArrayList<>(byIndex.values());
    }
}
