package by.egov.academy.directory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OfficialImportTests {

    static final String LIDA = "Лидский районный исполнительный комитет";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = Sessions.admin(mvc);
    }

    private String upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/directory/officials/import").file(new MockMultipartFile("file", name, null, bytes))
                        .session(admin).with(csrf()))
                .andReturn().getResponse().getContentAsString()
                // numbers are grouped the Russian way, with a no-break space
                .replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String previewId(String page) {
        Matcher m = Pattern.compile("/directory/officials/import/([0-9a-f-]{36})\"").matcher(page);
        assertThat(m.find()).as("the preview offers to import").isTrue();
        return m.group(1);
    }

    private String confirmAndWait(String id) throws Exception {
        mvc.perform(post("/directory/officials/import/{id}", id).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String bar = org.awaitility.Awaitility.await("import " + id + " finished").atMost(Duration.ofMinutes(2))
                .until(() -> mvc.perform(get("/directory/officials/import/{id}/progress", id).session(admin)
                                .header("HX-Request", "true")).andReturn().getResponse().getContentAsString(),
                        b -> b.contains("import-done") || b.contains("import-failed"));
        return bar.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private long countByEmailPrefix(String prefix) {
        return jdbc.sql("select count(*) from official where email like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void csvPreviewReportsEveryBadRowAndImportsOnlyTheValidOnes() throws Exception {
        String p = TestData.unique("csv");
        String existing = "existing-" + p + "@t.by";
        TestData.official(jdbc, TestData.organisation(jdbc, LIDA), "Уже Есть", existing);
        String csv = String.join("\n",
                "ФИО;Должность;Руководство;Организация;E-mail;Телефон",
                "Первый Иван;Председатель;HEAD;" + LIDA + ";" + p + "-1@t.by;+375 154 123456",
                "Второй Пётр;Заместитель председателя;;" + LIDA + ";" + p + "-2@t.by;",
                ";Специалист;OTHER;" + LIDA + ";" + p + "-3@t.by;",
                "Четвёртый;Специалист;OTHER;Несуществующая организация;" + p + "-4@t.by;",
                "Пятый;Специалист;OTHER;" + LIDA + ";не-адрес;",
                "Шестой;Специалист;OTHER;" + LIDA + ";" + existing + ";",
                "Седьмой;Специалист;OTHER;" + LIDA + ";" + p + "-1@t.by;",
                "Восьмой;Специалист;KING;" + LIDA + ";" + p + "-8@t.by;");
        String page = upload("officials.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("строк 8, корректных 2, с ошибками 6")
                .contains("Заполните это поле.")
                .contains("Организация «Несуществующая организация» не найдена")
                .contains("Введите корректный адрес электронной почты.")
                .contains("уже есть в справочнике")
                .contains("повторяется в файле")
                .contains("Неизвестное значение «KING»");
        assertThat(countByEmailPrefix(p + "-")).as("nothing is stored by a preview").isZero();

        assertThat(confirmAndWait(previewId(page))).contains("добавлено должностных лиц — 2");
        assertThat(countByEmailPrefix(p + "-")).isEqualTo(2);
        assertThat(jdbc.sql("select leadership from official where email = :e").param("e", p + "-2@t.by")
                .query(String.class).single()).as("guessed from the position").isEqualTo("DEPUTY_HEAD");
    }

    @Test
    void xlsxAndWindows1251CsvAreReadToo() throws Exception {
        String p = TestData.unique("xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Лист1");
            String[][] rows = {{"ФИО", "Должность", "Организация", "E-mail"},
                    {"Ёжиков Алесь", "Председатель", LIDA, p + "-1@t.by"},
                    {"Белый Янка", "Специалист", String.valueOf(TestData.organisation(jdbc, LIDA)), p + "-2@t.by"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            String page = upload("officials.xlsx", out.toByteArray());
            assertThat(page).contains("строк 2, корректных 2, с ошибками 0");
            assertThat(confirmAndWait(previewId(page))).contains("import-done");
        }
        assertThat(countByEmailPrefix(p + "-")).isEqualTo(2);

        String q = TestData.unique("cp");
        String csv = "ФИО,Должность,Организация,E-mail\r\nГрамович Ганна,Специалист," + LIDA + "," + q + "@t.by\r\n";
        String page = upload("excel.csv", csv.getBytes(Charset.forName("windows-1251")));
        assertThat(page).contains("Грамович Ганна").contains("корректных 1");
    }

    /**
     * The sheet is read as a stream: a sheet one row over the limit is refused with the limit named (the whole
     * sheet used to be loaded first), and cells the file leaves out stay in their columns.
     */
    @Test
    void aSheetOverTheRowLimitIsRefusedAndSparseRowsKeepTheirColumns() throws Exception {
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Лист1");
            var header = sheet.createRow(0);
            String[] names = {"ФИО", "Должность", "Организация", "E-mail"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r <= 100_001; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Человек " + r);
                row.createCell(3).setCellValue("p" + r + "@t.by");
            }
            wb.write(out);
            assertThat(upload("huge.xlsx", out.toByteArray()).replace(" ", "")).contains("Вфайлебольше100000строк");
        }
        String p = TestData.unique("sparse");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Лист1");
            var header = sheet.createRow(0);
            String[] names = {"ФИО", "Должность", "Организация", "E-mail"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            var row = sheet.createRow(3); // two empty rows before it
            row.createCell(0).setCellValue("Пропущенный Ян");
            row.createCell(1).setCellValue("Специалист");
            row.createCell(3).setCellValue(p + "@t.by"); // no organisation: column 2 left out of the file
            wb.write(out);
            String page = upload("sparse.xlsx", out.toByteArray());
            assertThat(page).contains("строк 1, корректных 0, с ошибками 1").contains("Пропущенный Ян")
                    .contains(p + "@t.by");
        }
    }

    /** Each waiting preview holds a whole file in memory: an account keeps its three newest. */
    @Test
    void anAccountKeepsItsThreeNewestPreviews() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String csv = "ФИО;Должность;Организация;E-mail\nКопия " + i + ";Специалист;" + LIDA + ";"
                    + TestData.unique("cap") + "@t.by\n";
            ids.add(previewId(upload("cap" + i + ".csv", csv.getBytes(StandardCharsets.UTF_8))));
        }
        mvc.perform(post("/directory/officials/import/{id}", ids.get(0)).session(admin).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(confirmAndWait(ids.get(3))).contains("import-done");
    }

    @Test
    void aFileThatIsNoTableGetsAClearMessage() throws Exception {
        mvc.perform(multipart("/directory/officials/import")
                        .file(new MockMultipartFile("file", "x.bin", null, new byte[]{0, 1, 2, 3}))
                        .session(admin).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(upload("photo.csv", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1}))
                .contains("не является таблицей CSV или XLSX");
        assertThat(upload("old.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .contains("старого формата Excel");
        assertThat(upload("broken.xlsx", new byte[]{'P', 'K', 3, 4, 1, 2, 3}))
                .contains("не является книгой XLSX");
        assertThat(upload("empty.csv", new byte[0])).contains("Файл не выбран или пуст");
        assertThat(upload("noheader.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))
                .contains("нет обязательных столбцов");
    }

    @Test
    void nothingIsHalfImported() throws Exception {
        String p = TestData.unique("atomic");
        StringBuilder csv = new StringBuilder("ФИО;Должность;Организация;E-mail\n");
        for (int i = 0; i < 50; i++) {
            csv.append("Человек ").append(i).append(";Специалист;").append(LIDA).append(';').append(p).append('-')
                    .append(i).append("@t.by\n");
        }
        String page = upload("atomic.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("корректных 50");
        // someone adds the 40th person by hand between the check and the confirmation
        TestData.official(jdbc, TestData.organisation(jdbc, LIDA), "Опередивший", p + "-39@t.by");
        assertThat(confirmAndWait(previewId(page))).contains("import-failed").contains(p + "-39@t.by");
        assertThat(countByEmailPrefix(p + "-")).as("only the hand-made one").isEqualTo(1);
    }

    @Test
    void tenThousandRowsImportWithProgress() throws Exception {
        String p = TestData.unique("bulk");
        StringBuilder csv = new StringBuilder("ФИО,Должность,Руководство,Организация,E-mail\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Массовый Участник ").append(i).append(",Специалист,OTHER,").append(LIDA).append(',')
                    .append(p).append('-').append(i).append("@t.by\n");
        }
        String page = upload("bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("строк 10 000, корректных 10 000");
        String id = previewId(page);
        mvc.perform(post("/directory/officials/import/{id}", id).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String progressPage = mvc.perform(get("/directory/officials/import/{id}/progress", id).session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(progressPage).contains("<progress").contains("max=\"10000\"");
        // confirming twice does not import twice
        assertThat(confirmAndWait(id)).contains("добавлено должностных лиц — 10 000");
        assertThat(countByEmailPrefix(p + "-")).isEqualTo(10_000);
    }
}
