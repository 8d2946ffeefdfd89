package by.egov.academy.programme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Materials: recognised by content, at most 50 MB, stored outside the rows, public once the seminar is held. */
@IntegrationTest
class MaterialTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long seminar(String code, int ordinal) {
        return jdbc.sql("select s.id from seminar s join territory t on t.id = s.host_territory_id where t.code = :c and s.ordinal = :o order by s.id limit 1")
                .param("c", code).param("o", ordinal).query(Long.class).single();
    }

    private long count(long seminar) {
        return jdbc.sql("select count(*) from material where seminar_id = :s").param("s", seminar).query(Long.class).single();
    }

    @Test
    void aPresentationOfAHeldSeminarIsStoredAndServedToAnyone() throws Exception {
        long grodno = seminar("BY-HR", 1);
        byte[] pptx;
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide();
            show.write(out);
            pptx = out.toByteArray();
        }
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(multipart("/manage/seminars/{id}/materials", grodno)
                        .file(new MockMultipartFile("file", "Цифровой город.bin", "application/octet-stream", pptx))
                        .param("title", "Презентация «Цифровой город»").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select id, file_name, content_type, size_bytes, storage_key from material where seminar_id = :s and title like 'Презентация%'")
                .param("s", grodno).query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5)}).single();
        assertThat(row[1]).isEqualTo("Цифровой город.pptx");
        assertThat(row[2]).isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat((Long) row[3]).isEqualTo(pptx.length);
        byte[] served = mvc.perform(get("/seminars/{id}/materials/{m}", grodno, row[0]))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.parseMediaType((String) row[2])))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(pptx);
        String page = mvc.perform(get("/seminars/{id}", grodno)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Презентация «Цифровой город»");
    }

    @Test
    void wrongTypesAndOversizedFilesAreRefusedAndNothingIsStored() throws Exception {
        long grodno = seminar("BY-HR", 1);
        long before = count(grodno);
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(multipart("/manage/seminars/{id}/materials", grodno)
                        .file(new MockMultipartFile("file", "slides.pdf", "application/pdf",
                                "MZ this is a program".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Не PDF").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/manage/seminars/{id}", grodno).session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Допускаются только файлы PDF, PPTX, DOCX и XLSX");
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        mvc.perform(multipart("/manage/seminars/{id}/materials", grodno)
                        .file(new MockMultipartFile("file", "huge.pdf", "application/pdf", big))
                        .param("title", "Слишком большой").session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        page = mvc.perform(get("/manage/seminars/{id}", grodno).session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("не более 50 МБ");
        assertThat(count(grodno)).isEqualTo(before);
    }

    @Test
    void materialsOfAPlannedSeminarAreNotPublic() throws Exception {
        long brest = seminar("BY-BR", 2);
        mvc.perform(multipart("/manage/seminars/{id}/materials", brest)
                        .file(new MockMultipartFile("file", "plan.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .param("title", TestData.unique("План ")).session(Sessions.admin(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select max(id) from material where seminar_id = :s").param("s", brest).query(Long.class).single();
        mvc.perform(get("/seminars/{id}/materials/{m}", brest, id)).andExpect(status().isNotFound());
        mvc.perform(get("/seminars/{id}/materials/{m}", brest, id).session(Sessions.demo(mvc, "brest")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(multipart("/manage/seminars/{id}/materials", brest)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                        .param("title", "Чужой").session(Sessions.demo(mvc, "grodno")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
