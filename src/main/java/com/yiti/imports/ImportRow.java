package com.yiti.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One row of a file as the kind sees it: its row number in the file (the header is row 1) and its cells by column key,
 * already checked for their type (a DATE cell is yyyy-mm-dd, a DECIMAL a plain number); empty cells are absent.
 */
public record ImportRow(int number, Map<String, String> values) {

    public String text(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public BigDecimal decimal(String key) {
        String value = text(key);
        return value == null ? null : new BigDecimal(value);
    }

    public Integer integer(String key) {
        String value = text(key);
        return value == null ? null : Integer.valueOf(value);
    }

    public LocalDate date(String key) {
        String value = text(key);
        return value == null ? null : LocalDate.parse(value);
    }
}
