package by.egov.academy.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report table as people open it: XLSX (numbers stay numbers, so spreadsheets can sum them) or CSV (UTF-8 with a
 * byte-order mark and ';', which Excel in Russian and Belarusian locales opens as columns). Cells are strings or
 * numbers; {@code null} is an empty cell. The one writer of tables in the product: every list people download goes
 * through it, so every CSV is neutralised against formula injection the same way.
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            printer.printRecord(header.stream().map(Table::neutral).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v instanceof Number ? v : neutral(v.toString()))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Text a person typed (a deputy's name on the RSVP form, say) must never become a formula when the CSV is opened
     * in a spreadsheet: a cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, which
     * spreadsheets show as text and do not evaluate (the OWASP advice for CSV injection).
     */
    static String neutral(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** The table as a download: {@code format} is {@code xlsx} or {@code csv}. */
    public ResponseEntity<byte[]> download(String fileName, String format) {
        boolean xlsx = format.equals("xlsx");
        return ResponseEntity.ok().contentType(xlsx ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build().toString())
                .body(xlsx ? xlsx() : csv());
    }
}
