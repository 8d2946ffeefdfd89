package by.egov.academy.platform;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every CSV the product writes goes through {@link Table}: a cell a person typed that starts like a formula opens as
 * text, while numbers (negative ones too) stay numbers and ordinary text stays as it was.
 */
class TableTests {

    @Test
    void cellsThatWouldBeFormulasOpenAsText() throws Exception {
        List<Object> typed = List.of("=HYPERLINK(\"http://evil.example\",\"Нажмите\")", "+cmd|' /C calc'!A0", "-2+3",
                "@SUM(A1:A9)", "\tTabbed", "\rReturn", "Иванов Иван", "Сумма = 3", -42, 3.5);
        Table table = new Table("t", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), List.of(typed));
        String csv = new String(table.csv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().get())) {
            CSVRecord row = parser.getRecords().get(0);
            assertThat(row.get("a")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Нажмите\")");
            assertThat(row.get("b")).isEqualTo("'+cmd|' /C calc'!A0");
            assertThat(row.get("c")).isEqualTo("'-2+3");
            assertThat(row.get("d")).isEqualTo("'@SUM(A1:A9)");
            assertThat(row.get("e")).isEqualTo("'\tTabbed");
            assertThat(row.get("f")).isEqualTo("'\rReturn");
            assertThat(row.get("g")).isEqualTo("Иванов Иван");
            assertThat(row.get("h")).isEqualTo("Сумма = 3");
            assertThat(row.get("i")).isEqualTo("-42");
            assertThat(row.get("j")).isEqualTo("3.5");
        }
    }
}
