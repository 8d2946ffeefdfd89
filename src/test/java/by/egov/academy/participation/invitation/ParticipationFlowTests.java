package by.egov.academy.participation.invitation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole participation flow for a Grodno seminar: audience rules, preview, sending through the outbox
 * to GreenMail, the personal link, seats and the waiting list, deputies, check-in, a district site, exports.
 */
@IntegrationTest
class ParticipationFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    GreenMail mail;
    long seminar;
    MockHttpSession grodno;
    String title;

    @BeforeEach
    void setUp() throws Exception {
        mail = MailServer.get();
        grodno = Sessions.demo(mvc, "grodno");
        long venue = jdbc.sql("select id from venue order by id limit 1").query(Long.class).single();
        long cycle = jdbc.sql("select id from cycle order by id limit 1").query(Long.class).single();
        var admin = httpBasic("admin", Sessions.ADMIN_PASSWORD);
        title = TestData.unique("Гродно, весна ");
        String body = mvc.perform(post("/api/v1/seminars").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"cycleId":%d,"hostTerritoryId":%d,"titleRu":"%s","start":"2030-03-12T10:00","end":"2030-03-12T14:00","venueId":%d}
                        """.formatted(cycle, TestData.territory(jdbc, "BY-HR"), title, venue)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        seminar = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/seminars/{id}/status", seminar).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ANNOUNCED\"}")).andExpect(status().isOk());
        mvc.perform(post("/manage/seminars/{id}/sites/all", seminar).session(grodno).with(csrf()).param("exceptVenueDistrict", "true"))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * Moves the seminar to today, starting in the day's last minute (Minsk): sites take attendance only on the
     * seminar's day, and answers stay open until it starts.
     */
    private void onTodayStillOpen() {
        jdbc.sql("""
                        update seminar set
                          starts_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '23 hours 59 minutes') at time zone 'Europe/Minsk',
                          ends_at = (date_trunc('day', now() at time zone 'Europe/Minsk') + interval '1 day 3 hours') at time zone 'Europe/Minsk'
                        where id = :s
                        """).param("s", seminar).update();
    }

    private String path(String suffix) {
        return "/manage/seminars/" + seminar + "/participation" + suffix;
    }

    private List<MimeMessage> mailsTo(String email, int atLeast) {
        return org.awaitility.Awaitility.await(atLeast + " mails for " + email).atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(mail.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getSubject().contains(title)
                                && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
                    } catch (Exception e) {
                        return false;
                    }
                }).toList(), found -> found.size() >= atLeast);
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static BodyPart find(Part part, String mime) throws Exception {
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart bp = mp.getBodyPart(i);
                if (bp.isMimeType(mime)) {
                    return bp;
                }
                BodyPart inner = find(bp, mime);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static String token(String text) {
        Matcher m = Pattern.compile("/rsvp/([A-Za-z0-9_-]{40,})").matcher(text);
        assertThat(m.find()).as("the mail holds a personal link").isTrue();
        return m.group(1);
    }

    private long invitationOf(String email) {
        return jdbc.sql("select i.id from invitation i join official f on f.id = i.official_id where i.seminar_id = :s and f.email = :e")
                .param("s", seminar).param("e", email).query(Long.class).single();
    }

    private String state(long invitation) {
        return jdbc.sql("select state from invitation where id = :id").param("id", invitation).query(String.class).single();
    }

    @Test
    void fromRulesToSeatsToCheckIn() throws Exception {
        // rules: heads and deputies of every district executive committee, plus the oblast committee's heads
        mvc.perform(post(path("/rules")).session(grodno).with(csrf()).param("categories", "DISTRICT_EXECUTIVE_COMMITTEE")
                .param("scope", "HOST_DISTRICTS").param("positions", "HEADS_AND_DEPUTIES")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/rules")).session(grodno).with(csrf()).param("categories", "OBLAST_EXECUTIVE_COMMITTEE")
                .param("scope", "HOST_OBLAST").param("positions", "HEADS")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/expand")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        long drafted = jdbc.sql("select count(*) from invitation where seminar_id = :s and state = 'CREATED'").param("s", seminar)
                .query(Long.class).single();
        long expected = jdbc.sql("""
                        select count(*) from official f join organisation o on o.id = f.organisation_id
                        join territory t on t.id = o.territory_id
                        where (o.category = 'DISTRICT_EXECUTIVE_COMMITTEE' and t.parent_id = :oblast and f.leadership in ('HEAD', 'DEPUTY_HEAD'))
                           or (o.category = 'OBLAST_EXECUTIVE_COMMITTEE' and t.id = :oblast and f.leadership = 'HEAD')
                        """).param("oblast", TestData.territory(jdbc, "BY-HR")).query(Long.class).single();
        // the demo data alone gives 17 district committees × (head + deputy) + the oblast committee's head
        assertThat(expected).isGreaterThanOrEqualTo(17 * 2 + 1);
        assertThat(drafted).isEqualTo(expected);
        String page = mvc.perform(get(path("")).session(grodno)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Лидский районный исполнительный комитет").contains("Лидский район");
        assertThat(mail.getReceivedMessages()).noneMatch(m -> {
            try {
                return m.getSubject().contains(title);
            } catch (Exception e) {
                return false;
            }
        });

        // a hand-made removal survives re-expansion
        String lidaHeadEmail = jdbc.sql("""
                        select f.email from official f join organisation o on o.id = f.organisation_id
                        where o.name_ru = 'Лидский районный исполнительный комитет' and f.leadership = 'HEAD' order by f.id limit 1
                        """).query(String.class).single();
        long removed = invitationOf(lidaHeadEmail);
        mvc.perform(post(path("/invitations/" + removed + "/remove")).session(grodno).param("confirmed", "true").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/expand")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select excluded from invitation where id = :id").param("id", removed).query(Boolean.class).single()).isTrue();

        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("capacity", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s and state = 'SENT'").param("s", seminar)
                .query(Long.class).single()).isEqualTo(drafted - 1);

        String oblastHead = jdbc.sql("""
                        select f.email from official f join organisation o on o.id = f.organisation_id
                        where o.name_ru = 'Гродненский областной исполнительный комитет' and f.leadership = 'HEAD' order by f.id limit 1
                        """).query(String.class).single();
        MimeMessage invitation = mailsTo(oblastHead, 1).stream().filter(m -> {
            try {
                return m.getSubject().contains(title);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(invitation.getSubject()).startsWith("Приглашение: Гродно, весна");
        assertThat(invitation.getMessageID()).matches("<[0-9a-f]{32}@egov-academy>");
        assertThat(find(invitation, "text/html")).isNotNull();
        BodyPart qr = find(invitation, "image/png");
        assertThat(qr).isNotNull();
        BufferedImage image = ImageIO.read(qr.getInputStream());
        String payload = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        String code = jdbc.sql("select short_code from invitation where id = :id").param("id", invitationOf(oblastHead)).query(String.class).single();
        assertThat(payload).isEqualTo("EGOV:" + seminar + ":" + code);
        BodyPart ics = find(invitation, "text/calendar");
        assertThat(ics).isNotNull();
        var calendar = new CalendarBuilder().build(new StringReader(new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);

        // the first acceptance takes the only seat; the second waits
        String first = token(text(invitation));
        mvc.perform(get("/rsvp/" + first)).andExpect(status().isOk());
        mvc.perform(post("/rsvp/" + first).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/rsvp/" + first).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        assertThat(state(invitationOf(oblastHead))).isEqualTo("ACCEPTED_IN_PERSON");
        String lidaDeputy = jdbc.sql("""
                        select f.email from official f join organisation o on o.id = f.organisation_id
                        where o.name_ru = 'Лидский районный исполнительный комитет' and f.leadership = 'DEPUTY_HEAD' order by f.id limit 1
                        """).query(String.class).single();
        String second = token(text(mailsTo(lidaDeputy, 1).get(0)));
        mvc.perform(post("/rsvp/" + second).param("choice", "IN_PERSON")).andExpect(status().is3xxRedirection());
        assertThat(state(invitationOf(lidaDeputy))).isEqualTo("WAITING");

        // the first declines: the waiting one gets the seat and an e-mail
        mvc.perform(post("/rsvp/" + first).param("choice", "DECLINE")).andExpect(status().is3xxRedirection());
        assertThat(state(invitationOf(lidaDeputy))).isEqualTo("ACCEPTED_IN_PERSON");
        assertThat(mailsTo(lidaDeputy, 2)).anyMatch(m -> {
            try {
                return m.getSubject().startsWith("Место для вас");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(jdbc.sql("select count(*) from seat where seminar_id = :s and invitation_id is not null").param("s", seminar)
                .query(Long.class).single()).isEqualTo(1);

        // check-in by the short code, on the seminar's day only: a day early it is refused; then once, then "already"
        String early = jdbc.sql("select short_code from invitation where id = :id").param("id", invitationOf(lidaDeputy))
                .query(String.class).single();
        mvc.perform(post("/manage/seminars/{id}/check-in", seminar).session(grodno).with(csrf()).param("code", early))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select attended_at is null from invitation where id = :id").param("id", invitationOf(lidaDeputy))
                .query(Boolean.class).single()).isTrue();
        onTodayStillOpen();
        String lidaCode = jdbc.sql("select short_code from invitation where id = :id").param("id", invitationOf(lidaDeputy)).query(String.class).single();
        String checked = mvc.perform(post("/manage/seminars/{id}/check-in", seminar).session(grodno).with(csrf())
                .param("code", lidaCode.toLowerCase())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checked).contains("Зарегистрирован(а). Добро пожаловать!");
        String again = mvc.perform(post("/manage/seminars/{id}/check-in", seminar).session(grodno).with(csrf())
                .param("code", "EGOV:" + seminar + ":" + lidaCode)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Уже зарегистрирован(а) в");
        mvc.perform(post("/manage/seminars/{id}/check-in", seminar).session(grodno).with(csrf()).param("code", "ZZZZ9999"))
                .andExpect(status().isNotFound());

        // exports read back
        byte[] xlsx = mvc.perform(get(path("/export.xlsx")).session(grodno)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ФИО");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) drafted - 1);
        }
        String csv = mvc.perform(get(path("/export.csv")).session(grodno)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(csv.substring(1), CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().get())) {
            assertThat(parser.getRecords()).anyMatch(r -> r.get("E-mail").equals(lidaDeputy) && r.get("Состояние").equals("ACCEPTED_IN_PERSON")
                    && !r.get("Присутствовал").isEmpty());
        }
    }

    @Test
    void remoteSiteDeputiesAndBadTokens() throws Exception {
        mvc.perform(post(path("/rules")).session(grodno).with(csrf()).param("categories", "DISTRICT_EXECUTIVE_COMMITTEE")
                .param("scope", "HOST_DISTRICTS").param("positions", "HEADS")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/expand")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        // the hall has no seat limit (sending needs a number of seats or "no limit")
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("unlimited", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        var lidaHead = jdbc.sql("""
                        select f.email, f.organisation_id from official f join organisation o on o.id = f.organisation_id
                        where o.name_ru = 'Лидский районный исполнительный комитет' and f.leadership = 'HEAD' order by f.id limit 1
                        """).query((rs, n) -> new Object[]{rs.getString(1), rs.getLong(2)}).single();
        String email = (String) lidaHead[0];
        List<MimeMessage> mails = mailsTo(email, 1);
        String token = token(text(mails.get(mails.size() - 1)));
        long lidaSite = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code = 'BY-HR-LIDA'")
                .param("s", seminar).query(Long.class).single();
        String rsvpPage = mvc.perform(get("/rsvp/" + token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rsvpPage).contains("value=\"" + lidaSite + "\" selected");
        mvc.perform(post("/rsvp/" + token).param("choice", "REMOTE").param("siteId", "" + lidaSite)).andExpect(status().is3xxRedirection());
        long inv = invitationOf(email);
        assertThat(state(inv)).isEqualTo("ACCEPTED_REMOTE");

        // the Lida site operator marks attendance on the day; the counts show it
        onTodayStillOpen();
        MockHttpSession operator = Sessions.demo(mvc, "lida");
        mvc.perform(get("/manage/seminars/{s}/sites/{r}/attendance", seminar, lidaSite).session(operator)).andExpect(status().isOk());
        mvc.perform(post("/manage/seminars/{s}/sites/{r}/attendance", seminar, lidaSite).session(operator).with(csrf())
                .param("invitationId", "" + inv)).andExpect(status().is3xxRedirection());
        long otherSite = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code <> 'BY-HR-LIDA' limit 1")
                .param("s", seminar).query(Long.class).single();
        mvc.perform(get("/manage/seminars/{s}/sites/{r}/attendance", seminar, otherSite).session(operator)).andExpect(status().isForbidden());
        String counts = mvc.perform(get(path("")).session(grodno)).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(counts).getElementById("count-attended-remote").text()).isEqualTo("1");

        // a deputy outside the organisation is refused; one inside gets a personal invitation
        long outsider = jdbc.sql("select f.id from official f where f.organisation_id <> :o limit 1").param("o", lidaHead[1]).query(Long.class).single();
        mvc.perform(post("/rsvp/" + token).param("choice", "DELEGATE").param("delegateOfficialId", "" + outsider))
                .andExpect(status().isBadRequest());
        assertThat(state(inv)).isEqualTo("ACCEPTED_REMOTE");
        long colleague = TestData.official(jdbc, (Long) lidaHead[1], "Заменяющий Лидский", TestData.unique("deputy") + "@t.by");
        String colleagueEmail = jdbc.sql("select email from official where id = :id").param("id", colleague).query(String.class).single();
        mvc.perform(post("/rsvp/" + token).param("choice", "DELEGATE").param("delegateOfficialId", "" + colleague))
                .andExpect(status().is3xxRedirection());
        assertThat(state(inv)).isEqualTo("DELEGATED");
        assertThat(mailsTo(colleagueEmail, 1)).hasSize(1);

        // unknown and forged tokens: 404, no hint
        mvc.perform(get("/rsvp/" + token.substring(0, token.length() - 2) + "xx")).andExpect(status().isNotFound());
        mvc.perform(post("/rsvp/not-a-token").param("choice", "IN_PERSON")).andExpect(status().isNotFound());
        mvc.perform(get("/rsvp/" + "x".repeat(500))).andExpect(status().isNotFound());

        // once the seminar has started, answers no longer change: the closed page (200, no error code), nothing stored
        jdbc.sql("update seminar set starts_at = now() - interval '1 hour', ends_at = now() + interval '2 hours' where id = :s")
                .param("s", seminar).update();
        String deputyToken = token(text(mailsTo(colleagueEmail, 1).get(0)));
        assertThat(mvc.perform(post("/rsvp/" + deputyToken).param("choice", "IN_PERSON")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"rsvp-closed\"").doesNotContain("id=\"rsvp-form\"");
        assertThat(jdbc.sql("select state from invitation where seminar_id = :s and official_id = :o")
                .param("s", seminar).param("o", colleague).query(String.class).single()).isIn("SENT", "OPENED");
    }

    @Test
    void aCoordinatorsAudienceStaysInItsOblast() throws Exception {
        long brestCity = jdbc.sql("select id from territory where level = 'CITY' and name_ru = 'Брест'").query(Long.class).single();
        mvc.perform(post(path("/rules")).session(grodno).with(csrf()).param("categories", "CITY_DISTRICT_ADMINISTRATION")
                .param("scope", "CITY_DISTRICTS").param("territoryId", "" + brestCity).param("positions", "ALL"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path("/rules")).session(grodno).with(csrf()).param("categories", "MINISTRY")
                .param("scope", "COUNTRY").param("positions", "ALL")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audience_rule where seminar_id = :s").param("s", seminar).query(Long.class).single()).isZero();
        long brestOfficial = TestData.official(jdbc, TestData.organisation(jdbc, "Брестский областной исполнительный комитет"),
                "Брестский Чиновник", TestData.unique("brestofficial") + "@t.by");
        mvc.perform(post(path("/add")).session(grodno).with(csrf()).param("officialId", "" + brestOfficial))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s and official_id = :o").param("s", seminar)
                .param("o", brestOfficial).query(Long.class).single()).isZero();
        // the programme office may invite anyone in the country
        mvc.perform(post(path("/add")).session(Sessions.admin(mvc)).with(csrf()).param("officialId", "" + brestOfficial))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from invitation where seminar_id = :s and official_id = :o").param("s", seminar)
                .param("o", brestOfficial).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTypedDeputyAndANewWalkIn() throws Exception {
        mvc.perform(post(path("/rules")).session(grodno).with(csrf()).param("categories", "DISTRICT_EXECUTIVE_COMMITTEE")
                .param("scope", "HOST_DISTRICTS").param("positions", "HEADS")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/expand")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        // the hall has no seat limit (sending needs a number of seats or "no limit")
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("unlimited", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        var head = jdbc.sql("""
                        select f.email, f.organisation_id from official f join organisation o on o.id = f.organisation_id
                        where o.name_ru = 'Слонимский районный исполнительный комитет' and f.leadership = 'HEAD' order by f.id limit 1
                        """).query((rs, n) -> new Object[]{rs.getString(1), rs.getLong(2)}).single();
        String token = token(text(mailsTo((String) head[0], 1).get(0)));
        String deputyEmail = TestData.unique("typed") + "@slonim.example";
        mvc.perform(post("/rsvp/" + token).param("choice", "DELEGATE").param("deputyName", "Новый Заместитель")
                .param("deputyPosition", "Заместитель председателя").param("deputyEmail", "not-an-email"))
                .andExpect(status().isBadRequest());
        assertThat(state(invitationOf((String) head[0]))).isIn("SENT", "OPENED");
        mvc.perform(post("/rsvp/" + token).param("choice", "DELEGATE").param("deputyName", "Новый Заместитель")
                .param("deputyPosition", "Заместитель председателя").param("deputyEmail", deputyEmail))
                .andExpect(status().is3xxRedirection());
        assertThat(state(invitationOf((String) head[0]))).isEqualTo("DELEGATED");
        assertThat(jdbc.sql("select organisation_id from official where email = :e").param("e", deputyEmail).query(Long.class).single())
                .isEqualTo((Long) head[1]);
        // a typed-in person is not mailed by the link holder: the deputy waits on the organisers' list as a draft
        assertThat(state(invitationOf(deputyEmail))).isEqualTo("CREATED");
        assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :e").param("e", deputyEmail)
                .query(Long.class).single()).isZero();
        assertThat(mvc.perform(get(path("")).session(grodno)).andReturn().getResponse().getContentAsString())
                .contains("заместитель, указанный приглашённым");
        // the organisers' "send" is the confirmation
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        String deputyToken = token(text(mailsTo(deputyEmail, 1).get(0)));
        assertThat(state(invitationOf(deputyEmail))).isEqualTo("SENT");
        // and a deputy cannot pass the invitation on again
        mvc.perform(post("/rsvp/" + deputyToken).param("choice", "DELEGATE").param("deputyName", "Третий Человек")
                        .param("deputyEmail", TestData.unique("third") + "@slonim.example"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("передать приглашение дальше нельзя")));
        assertThat(state(invitationOf(deputyEmail))).isEqualTo("SENT");

        long lidaSite = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code = 'BY-HR-LIDA'")
                .param("s", seminar).query(Long.class).single();
        long lidaCommittee = TestData.organisation(jdbc, "Лидский районный исполнительный комитет");
        String walkIn = TestData.unique("walkin") + "@lida.example";
        onTodayStillOpen();
        mvc.perform(post("/manage/seminars/{s}/sites/{r}/walk-in-new", seminar, lidaSite).session(Sessions.demo(mvc, "lida")).with(csrf())
                .param("fullName", "Пришедший Без Приглашения").param("email", walkIn).param("organisationId", "" + lidaCommittee))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        select i.attended_at is not null from invitation i join official f on f.id = i.official_id
                        where i.seminar_id = :s and f.email = :e and i.remote_site_id = :r
                        """).param("s", seminar).param("e", walkIn).param("r", lidaSite).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aFullSiteTakesNoMore() throws Exception {
        mvc.perform(post(path("/rules")).session(grodno).with(csrf()).param("categories", "DISTRICT_EXECUTIVE_COMMITTEE")
                .param("scope", "HOST_DISTRICTS").param("positions", "HEADS_AND_DEPUTIES")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/expand")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        // the hall has no seat limit (sending needs a number of seats or "no limit")
        mvc.perform(post(path("/capacity")).session(grodno).with(csrf()).param("unlimited", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post(path("/send")).session(grodno).with(csrf())).andExpect(status().is3xxRedirection());
        long site = jdbc.sql("select r.id from remote_site r join territory t on t.id = r.territory_id where r.seminar_id = :s and t.code = 'BY-HR-SHCHUCHYN'")
                .param("s", seminar).query(Long.class).single();
        mvc.perform(post("/manage/seminars/{s}/sites/{r}/capacity", seminar, site).session(grodno).with(csrf()).param("capacity", "1"))
                .andExpect(status().is3xxRedirection());
        List<String> emails = jdbc.sql("""
                        select f.email from official f join organisation o on o.id = f.organisation_id
                        where o.name_ru = 'Щучинский районный исполнительный комитет' and f.leadership in ('HEAD', 'DEPUTY_HEAD') order by f.id limit 2
                        """).query(String.class).list();
        String first = token(text(mailsTo(emails.get(0), 1).get(0)));
        String second = token(text(mailsTo(emails.get(1), 1).get(0)));
        mvc.perform(post("/rsvp/" + first).param("choice", "REMOTE").param("siteId", "" + site)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/rsvp/" + second).param("choice", "REMOTE").param("siteId", "" + site)).andExpect(status().isConflict());
        assertThat(state(invitationOf(emails.get(0)))).isEqualTo("ACCEPTED_REMOTE");
        assertThat(state(invitationOf(emails.get(1)))).isIn("SENT", "OPENED");
    }
}
