package com.yiti.imports.internal;

import com.yiti.imports.ImportFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded sheet a row at a time, never the whole workbook into memory: .xlsx through POI's streaming
 * (SAX) access to the sheet XML, CSV through Commons CSV in UTF-8 (with or without BOM) or else GBK. Refuses, as a
 * whole, what cannot be imported faithfully: another type, an empty or oversized file, a formula, merged cells, a
 * hidden sheet, macros.
 */
public final class SheetFiles {

    public static final int MAX_BYTES = 30 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    private static final Pattern CELL_REF = Pattern.compile("([A-Z]+)(\\d+)");

    private SheetFiles() {}

    /** xlsx or csv, judged by the bytes (the name may lie); refused otherwise. */
    public static String format(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileException("import.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (startsWith(content, ZIP)) {
            return "xlsx";
        }
        if (startsWith(content, OLE2)) {
            throw new ImportFileException("import.file.oldExcel");
        }
        int probe = Math.min(content.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (content[i] == 0) {
                throw new ImportFileException("import.file.type");
            }
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls") || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new ImportFileException("import.file.type");
        }
        return "csv";
    }

    /** Every non-empty row of the first sheet, header first. */
    public static void read(String format, byte[] content, RowSink sink) {
        if ("xlsx".equals(format)) {
            readXlsx(content, sink);
        } else {
            readCsv(content, sink);
        }
    }

    // ---- CSV ------------------------------------------------------------------------------------------------------

    static Charset charset(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xff) == 0xef
                && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GBK");
        }
    }

    private static void readCsv(byte[] content, RowSink sink) {
        Charset charset = charset(content);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), charset);
                CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                if (number > MAX_ROWS + 1) {
                    throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>(record.size());
                boolean any = false;
                for (String value : record) {
                    String v = value;
                    if (number == 1 && cells.isEmpty() && v != null && v.startsWith("\ufeff")) {
                        v = v.substring(1);
                    }
                    v = v == null || v.isBlank() ? null : v.strip();
                    any |= v != null;
                    cells.add(v);
                }
                if (any) {
                    sink.row(number, cells);
                }
            }
            if (number == 0) {
                throw new ImportFileException("import.file.empty");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            if (e instanceof IllegalStateException && e.getCause() == null) {
                throw new ImportFileException("import.file.csv", e.getMessage());
            }
            throw new ImportFileException("import.file.csv", String.valueOf(e.getMessage()));
        }
    }

    // ---- xlsx -----------------------------------------------------------------------------------------------------

    private static void readXlsx(byte[] content, RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            if (!pkg.getPartsByName(Pattern.compile("(?i)/xl/vbaProject\\.bin")).isEmpty()
                    || pkg.getPartsByContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                                    .size()
                            > 0) {
                throw new ImportFileException("import.file.macros");
            }
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            checkNoHiddenSheet(reader);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("import.file.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                SheetHandler handler = new SheetHandler(strings, styles, sink);
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                if (handler.rows == 0) {
                    throw new ImportFileException("import.file.empty");
                }
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (org.apache.poi.UnsupportedFileFormatException | InvalidFormatException e) {
            throw new ImportFileException("import.file.type");
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            if (e.getCause() instanceof ImportFileException file) {
                throw file;
            }
            throw new ImportFileException("import.file.unreadable");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ImportFileException file) {
                throw file;
            }
            throw new ImportFileException("import.file.unreadable");
        }
    }

    private static void checkNoHiddenSheet(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, javax.xml.parsers.ParserConfigurationException {
        XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("sheet".equals(localName)) {
                    String state = attributes.getValue("state");
                    if ("hidden".equals(state) || "veryHidden".equals(state)) {
                        throw new ImportFileException("import.file.hiddenSheet", attributes.getValue("name"));
                    }
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            xml.parse(new InputSource(workbook));
        }
    }

    /** The sheet XML: rows of cells, values by type, dates by their style; formulas and merged cells refused. */
    private static final class SheetHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final StylesTable styles;
        private final RowSink sink;
        private final StringBuilder text = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int nextRowNumber = 1;
        private String cellRef;
        private String cellType;
        private String cellStyle;
        private String value;
        private boolean formula;
        private boolean collecting;
        int rows;

        SheetHandler(SharedStrings strings, StylesTable styles, RowSink sink) {
            this.strings = strings;
            this.styles = styles;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRowNumber : Integer.parseInt(r);
                    nextRowNumber = rowNumber + 1;
                    cells.clear();
                }
                case "c" -> {
                    cellRef = attributes.getValue("r");
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s");
                    value = null;
                    formula = false;
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    collecting = true;
                    text.setLength(0);
                }
                case "mergeCell" -> throw new ImportFileException("import.file.merged", attributes.getValue("ref"));
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> {
                    collecting = false;
                    value = value == null ? text.toString() : value + text;
                }
                case "c" -> endCell();
                case "row" -> {
                    boolean any = cells.stream().anyMatch(java.util.Objects::nonNull);
                    if (any) {
                        if (++rows > MAX_ROWS + 1) {
                            throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
                        }
                        sink.row(rowNumber, new ArrayList<>(cells));
                    }
                }
                default -> {}
            }
        }

        private void endCell() {
            if (formula) {
                throw new ImportFileException("import.file.formula", cellRef);
            }
            int column = cells.size();
            if (cellRef != null) {
                var m = CELL_REF.matcher(cellRef);
                if (m.matches()) {
                    column = columnIndex(m.group(1));
                }
            }
            while (cells.size() < column) {
                cells.add(null);
            }
            String v = cellValue();
            cells.add(v == null || v.isBlank() ? null : v.strip());
        }

        private String cellValue() {
            if (value == null) {
                return null;
            }
            if ("s".equals(cellType)) {
                return strings.getItemAt(Integer.parseInt(value.trim())).getString();
            }
            if ("inlineStr".equals(cellType) || "str".equals(cellType)) {
                return value;
            }
            if ("b".equals(cellType)) {
                return "1".equals(value.trim()) ? "TRUE" : "FALSE";
            }
            if ("e".equals(cellType)) {
                throw new ImportFileException("import.file.cellError", cellRef);
            }
            if (cellStyle != null && !cellStyle.isBlank()) {
                XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
                if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
                    return DateUtil.getLocalDateTime(Double.parseDouble(value))
                            .toLocalDate()
                            .toString();
                }
            }
            try {
                return new BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return value;
            }
        }

        private static int columnIndex(String letters) {
            int index = 0;
            for (char c : letters.toCharArray()) {
                index = index * 26 + (c - 'A' + 1);
            }
            return index - 1;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
