package com.yiti.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.imports.internal.ImportHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * How cells are read whatever the sheet did to them: dates typed as text in the usual Chinese ways, numbers with
 * thousands separators and a currency sign; what cannot be read is an error at that row and column, never a guess.
 */
class ImportHeaderTests {

    static final ImportKind KIND = new ImportKind() {
        @Override
        public String code() {
            return "receipts";
        }

        @Override
        public int order() {
            return 0;
        }

        @Override
        public List<ImportColumn> columns() {
            return List.of(
                    ImportColumn.required("number", ColumnType.TEXT, "R1"),
                    ImportColumn.required("date", ColumnType.DATE, "2026-01-05"),
                    ImportColumn.optional("amount", ColumnType.DECIMAL, "10"),
                    ImportColumn.optional("days", ColumnType.INTEGER, "30"));
        }

        @Override
        public List<String> keyColumns() {
            return List.of("number");
        }

        @Override
        public List<RowResult> process(List<ImportRow> rows, boolean write) {
            return List.of();
        }
    };

    static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("import.receipts.number", Locale.SIMPLIFIED_CHINESE, "单号");
        m.addMessage("import.receipts.number", Locale.ENGLISH, "Number");
        m.addMessage("import.receipts.date", Locale.SIMPLIFIED_CHINESE, "日期");
        m.addMessage("import.receipts.date", Locale.ENGLISH, "Date");
        m.addMessage("import.errorColumn", Locale.SIMPLIFIED_CHINESE, "错误");
        m.addMessage("import.errorColumn", Locale.ENGLISH, "Errors");
        return m;
    }

    private static ImportRow row(ImportHeader header, List<RowError> errors, String... cells) {
        return header.row(7, new ArrayList<>(Arrays.asList(cells)), errors);
    }

    @Test
    void datesInTextAndNumbersWithSeparatorsAreReadOrNamedAsErrors() {
        ImportHeader header =
                ImportHeader.of(KIND, List.of("单号*", "Date", "amount", "days", "错误"), messages(), Locale.ENGLISH);
        List<RowError> errors = new ArrayList<>();
        ImportRow ok = row(header, errors, "R1", "2026/1/5", "¥1,280.50", "30", "old error text");
        assertThat(errors).isEmpty();
        assertThat(ok.values()).containsEntry("date", "2026-01-05").containsEntry("amount", "1280.5");
        assertThat(row(header, errors, "R2", "2026年3月9日", null, null).values()).containsEntry("date", "2026-03-09");
        assertThat(errors).isEmpty();

        row(header, errors, "R3", "5.1.26", "12 元", "thirty");
        assertThat(errors)
                .extracting(RowError::column, RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("date", "import.cell.date"),
                        org.assertj.core.groups.Tuple.tuple("amount", "import.cell.number"),
                        org.assertj.core.groups.Tuple.tuple("days", "import.cell.integer"));

        errors.clear();
        row(header, errors, "R4", "2026-02-30");
        assertThat(errors).extracting(RowError::messageKey).containsExactly("import.cell.date");

        errors.clear();
        row(header, errors, null, null);
        assertThat(errors)
                .extracting(RowError::column)
                .as("each missing required cell named")
                .containsExactly("number", "date");
    }

    @Test
    void aHeaderWithUnknownRepeatedOrMissingColumnsRefusesTheFile() {
        assertThatThrownBy(() -> ImportHeader.of(KIND, List.of("单号", "日期", "电话"), messages(), Locale.ENGLISH))
                .isInstanceOf(ImportFileException.class)
                .extracting("code")
                .isEqualTo("import.file.unknownColumn");
        assertThatThrownBy(() -> ImportHeader.of(KIND, List.of("单号", "Number", "日期"), messages(), Locale.ENGLISH))
                .extracting("code")
                .isEqualTo("import.file.duplicateColumn");
        assertThatThrownBy(() -> ImportHeader.of(KIND, List.of("单号"), messages(), Locale.ENGLISH))
                .isInstanceOf(ImportFileException.class)
                .extracting("args")
                .satisfies(args -> assertThat(((Object[]) args)[0]).isEqualTo("Date"));
    }
}
