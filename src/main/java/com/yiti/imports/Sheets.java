package com.yiti.imports;

import com.yiti.imports.internal.SheetFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV (UTF-8 or GBK) or .xlsx file as the import does, for other modules that take files (the integration
 * module's folder sync): the header's cells name the columns, every later non-empty row becomes an {@link ImportRow}
 * with its row number in the file. The file as a whole is refused as the import refuses it ({@link
 * ImportFileException}: another type, empty, too large, a formula, merged cells...).
 */
public final class Sheets {

    private Sheets() {}

    public static List<ImportRow> rows(String fileName, byte[] content) {
        String format = SheetFiles.format(fileName, content);
        List<ImportRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        SheetFiles.read(format, content, (number, cells) -> {
            if (header.isEmpty()) {
                for (String cell : cells) {
                    header.add(cell == null ? "" : cell.strip());
                }
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < cells.size() && i < header.size(); i++) {
                if (cells.get(i) != null && !header.get(i).isEmpty()) {
                    values.put(header.get(i), cells.get(i));
                }
            }
            rows.add(new ImportRow(number, values));
        });
        return rows;
    }
}
