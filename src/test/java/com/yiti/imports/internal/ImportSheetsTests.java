package com.yiti.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The error file hands the user's cells back: one a spreadsheet would run as a formula is made inert. */
class ImportSheetsTests {

    @Test
    void formulaLikeCellsGetAQuoteAndNumbersStayNumbers() {
        assertThat(ImportSheets.inert("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(ImportSheets.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ImportSheets.inert("+86 138")).isEqualTo("'+86 138");
        assertThat(ImportSheets.inert("-12.5")).isEqualTo("-12.5");
        assertThat(ImportSheets.inert("苏州精工")).isEqualTo("苏州精工");
        assertThat(ImportSheets.inert(null)).isNull();
    }
}
