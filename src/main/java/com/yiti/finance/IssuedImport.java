package com.yiti.finance;

import java.util.List;

/**
 * What importing the tax tool's issued invoices did: how many requests became ISSUED, or — when any row is wrong —
 * none, and each wrong row with its message code and arguments.
 */
public record IssuedImport(int issued, List<RowError> errors) {

    public record RowError(int row, String code, List<String> args) {}
}
