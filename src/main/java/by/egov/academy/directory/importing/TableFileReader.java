package by.egov.academy.directory.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import by.egov.academy.platform.DomainException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Reads an uploaded CSV or XLSX file into text rows. The kind is decided by the content, not the file
 * name: an XLSX is a ZIP archive, a CSV is UTF-8 text (with or without BOM, comma or semicolon).
 */
final class TableFileReader {

    static final int MAX_ROWS = 100_000;

    private TableFileReader() {
    }

    static RawTable read(byte[] bytes) {
        if (bytes.length == 0) {
            throw DomainException.invalid("import.file.empty", "file");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw DomainException.invalid("import.file.xls", "file");
        }
        // Excel in Belarus saves "CSV" in windows-1251; accept it rather than garble names
        String text = decode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(bytes, java.nio.charset.Charset.forName("windows-1251"));
        }
        if (text == null || text.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\r' && ch != '\n')) {
            throw DomainException.invalid("import.file.notTable", "file");
        }
        return readCsv(text);
    }

    private static RawTable readCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<RawTable.RawRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new RawTable.RawRow((int) record.getRecordNumber(), cells));
                if (rows.size() > MAX_ROWS) {
                    throw DomainException.invalid("import.file.tooManyRows", "file", MAX_ROWS);
                }
            }
            if (header == null) {
                throw DomainException.invalid("import.file.empty", "file");
            }
            return new RawTable(header, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw DomainException.invalid("import.file.badCsv", "file", e.getMessage());
        }
    }

    /**
     * Reads the first sheet as a stream of SAX events (POI's event model), so only the rows read so far are held
     * and a sheet of a million rows is refused at row {@link #MAX_ROWS} + 1, not after it all was loaded.
     */
    private static RawTable readXlsx(byte[] bytes) {
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                new ByteArrayInputStream(bytes))) {
            var reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw DomainException.invalid("import.file.empty", "file");
            }
            Rows rows = new Rows();
            try (java.io.InputStream sheet = sheets.next()) {
                org.xml.sax.XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
                parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, rows, new DataFormatter(), false));
                parser.parse(new org.xml.sax.InputSource(sheet));
            } catch (TooManyRows e) {
                throw DomainException.invalid("import.file.tooManyRows", "file", MAX_ROWS);
            }
            if (rows.header == null) {
                throw DomainException.invalid("import.file.empty", "file");
            }
            return new RawTable(rows.header, rows.rows);
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            // a ZIP that is not a workbook (a .docx, a damaged file) must not become a 500
            throw DomainException.invalid("import.file.badXlsx", "file");
        }
    }

    /** Stops the sheet's parsing at the first row over the limit. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Collects the sheet's rows as the parser meets them; cells it skips (empty ones) become "". */
    private static final class Rows implements org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler {
        List<String> header;
        final List<RawTable.RawRow> rows = new ArrayList<>();
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int column = reference == null ? cells.size()
                    : new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                header = cells;
                return;
            }
            rows.add(new RawTable.RawRow(rowNum + 1, cells));
            if (rows.size() > MAX_ROWS) {
                throw new TooManyRows();
            }
        }
    }

    private static String decode(byte[] bytes, java.nio.charset.Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
