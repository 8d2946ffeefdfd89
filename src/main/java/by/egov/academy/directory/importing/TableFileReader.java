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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

    private static RawTable readXlsx(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = null;
            List<RawTable.RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                rows.add(new RawTable.RawRow(row.getRowNum() + 1, cells));
                if (rows.size() > MAX_ROWS) {
                    throw DomainException.invalid("import.file.tooManyRows", "file", MAX_ROWS);
                }
            }
            if (header == null) {
                throw DomainException.invalid("import.file.empty", "file");
            }
            return new RawTable(header, rows);
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            // a ZIP that is not a workbook (a .docx, a damaged file) must not become a 500
            throw DomainException.invalid("import.file.badXlsx", "file");
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
