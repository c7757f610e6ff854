package com.yiti.imports;

import java.util.List;

/** One error of a row: its row number in the file, the column's key (null for the row) and the message. */
public record ImportRowErrorView(int row, String column, String messageKey, List<String> args) {}
