package by.egov.academy.feedback;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import by.egov.academy.feedback.survey.SurveyJobs;
import by.egov.academy.feedback.survey.SurveyTokens;
import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.MailServer;
import by.egov.academy.support.Sessions;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SurveyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyTokens tokens;
    @Autowired
    SurveyJobs jobs;

    record Q(long id, String kind, Long talkId, Long competenceId) {
    }

    private long surveyOf(long seminar) {
        return jdbc.sql("select id from survey where seminar_id = :s").param("s", seminar).query(Long.class).single();
    }

    private List<Q> questions(long survey) {
        return jdbc.sql("select id, kind, talk_id, competence_id from survey_question where survey_id = :s order by position")
                .param("s", survey).query(Q.class).list();
    }

    private Q first(long survey, String kind) {
        return questions(survey).stream().filter(q -> q.kind().equals(kind)).findFirst().orElseThrow();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private long responses(long survey) {
        return count("select count(*) from survey_response where survey_id = :id", survey);
    }

    private String link(long seminar, long invitation) {
        return "/seminars/" + seminar + "/survey/" + tokens.token(invitation);
    }

    /** Opens the organisers' page (which makes the survey) and sends it now. */
    private long openAndSend(long seminar, boolean anonymous) throws Exception {
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long survey = surveyOf(seminar);
        if (anonymous) {
            mvc.perform(post("/manage/seminars/{id}/survey/settings", seminar).session(grodno).with(csrf())
                    .param("anonymous", "true").param("sendAt", "2030-05-14T16:00")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/manage/seminars/{id}/survey/send", seminar).session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "survey.sent"));
        return survey;
    }

    /** A complete valid answer: every score 4 (the overall 5), texts, a topic, levels 1 → 3. */
    private MockHttpServletRequestBuilder answer(long seminar, long invitation, long survey) {
        MockHttpServletRequestBuilder r = post(link(seminar, invitation)).with(csrf());
        for (Q q : questions(survey)) {
            switch (q.kind()) {
                case "OVERALL" -> r.param("q" + q.id(), "5");
                case "TALK", "CUSTOM_SCALE" -> r.param("q" + q.id(), "4");
                case "MOST_USEFUL" -> r.param("q" + q.id(), "Облачные сервисы");
                case "PRIORITIES", "CUSTOM_TEXT" -> r.param("q" + q.id(), "Электронные услуги района");
                case "TOPICS_WANTED" -> r.param("q" + q.id(), "" + jdbc.sql("select min(c.id) from competence c join competence_framework_version v "
                                + "on v.id = c.version_id where v.state = 'PUBLISHED'").query(Long.class).single())
                        .param("q" + q.id() + ".text", "Кибербезопасность");
                case "SELF_LEVEL" -> r.param("q" + q.id() + ".before", "1").param("q" + q.id() + ".after", "3");
                default -> throw new IllegalStateException(q.kind());
            }
        }
        return r;
    }

    @Test
    void theTemplateIsMadeOnceAndOrganisersEditItWhileItIsADraft() throws Exception {
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        long seminar = held.seminar();
        mvc.perform(get("/manage/seminars/{id}/survey", seminar).session(Sessions.demo(mvc, "brest"))).andExpect(status().isForbidden());
        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        // opening the page makes nothing; its button does, once, however often it is pressed
        assertThat(mvc.perform(get("/manage/seminars/{id}/survey", seminar).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("У семинара пока нет анкеты").contains("Составить анкету из шаблона");
        assertThat(count("select count(*) from survey where seminar_id = :id", seminar)).isZero();
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(Sessions.demo(mvc, "brest")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(grodno).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(Sessions.admin(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/manage/seminars/{id}/survey", seminar).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(count("select count(*) from survey where seminar_id = :id", seminar)).isEqualTo(1);
        long survey = surveyOf(seminar);
        List<Q> qs = questions(survey);
        // overall, one per talk of kind TALK (not the break), the texts, topics, and one level per tagged competence
        assertThat(qs.stream().map(Q::kind).toList()).containsExactly("OVERALL", "TALK", "TALK", "MOST_USEFUL",
                "PRIORITIES", "TOPICS_WANTED", "SELF_LEVEL");
        assertThat(qs.get(1).talkId()).isEqualTo(held.talk());
        assertThat(qs.get(6).competenceId()).isEqualTo(held.competence());
        assertThat(page).contains("Насколько полезным был доклад «Облачные сервисы»?");
        assertThat(jdbc.sql("select text_be from survey_question where id = :id").param("id", qs.get(1).id())
                .query(String.class).single()).isEqualTo("Наколькі карысным быў даклад «Воблачныя сэрвісы»?");
        // send time: the seminar's end + 2 hours
        assertThat(jdbc.sql("select send_at - (select ends_at from seminar where id = :s) from survey where id = :id")
                .param("s", seminar).param("id", survey).query(String.class).single()).isEqualTo("02:00:00");

        // edit a text, add a custom question, move it up, remove it; a template question cannot be removed
        long overall = qs.get(0).id();
        mvc.perform(post("/manage/seminars/{id}/survey/questions/{q}", seminar, overall).session(grodno).with(csrf())
                .param("textRu", "Оцените семинар").param("textBe", "Ацаніце семінар").param("textEn", "Rate the seminar")
                .param("required", "true")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select text_en from survey_question where id = :id").param("id", overall).query(String.class).single())
                .isEqualTo("Rate the seminar");
        String refused = mvc.perform(post("/manage/seminars/{id}/survey/questions/{q}", seminar, overall).session(grodno).with(csrf())
                .param("textRu", "Оцените").param("textBe", " ").param("textEn", "x".repeat(1001)))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(refused);
        assertThat(form.select(".invalid [name=textBe]")).isNotEmpty();
        assertThat(form.select("[name=textRu]").attr("value")).isEqualTo("Оцените");
        mvc.perform(post("/manage/seminars/{id}/survey/questions", seminar).session(grodno).with(csrf())
                .param("answer", "TEXT").param("textRu", "Что улучшить?").param("textBe", "Што палепшыць?")
                .param("textEn", "What to improve?")).andExpect(status().is3xxRedirection());
        List<Q> all = questions(survey);
        Q custom = all.get(all.size() - 1);
        assertThat(custom.kind()).isEqualTo("CUSTOM_TEXT");
        mvc.perform(post("/manage/seminars/{id}/survey/questions/{q}/move", seminar, custom.id()).session(grodno).with(csrf())
                .param("direction", "up")).andExpect(status().is3xxRedirection());
        assertThat(questions(survey).get(6).id()).isEqualTo(custom.id());
        mvc.perform(post("/manage/seminars/{id}/survey/questions/{q}/delete", seminar, overall).session(grodno).with(csrf()))
                .andExpect(flash().attribute("flashError", "survey.question.notCustom"));
        mvc.perform(post("/manage/seminars/{id}/survey/questions/{q}/delete", seminar, custom.id()).session(grodno).with(csrf()))
                .andExpect(status().isOk()); // the confirmation page first
        assertThat(questions(survey)).hasSize(8);
        mvc.perform(post("/manage/seminars/{id}/survey/questions/{q}/delete", seminar, custom.id()).session(grodno).with(csrf())
                .param("confirmed", "true")).andExpect(flash().attribute("flash", "survey.question.removed"));
        assertThat(questions(survey)).hasSize(7);
        mvc.perform(post("/manage/seminars/{id}/survey/settings", seminar).session(grodno).with(csrf())
                .param("anonymous", "true").param("sendAt", "")).andExpect(status().isBadRequest());
        mvc.perform(post("/manage/seminars/{id}/survey/settings", seminar).session(grodno).with(csrf())
                .param("anonymous", "true").param("sendAt", "2030-05-15T09:00")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select anonymous from survey where id = :id").param("id", survey).query(Boolean.class).single()).isTrue();

        // once sent, nothing changes any more
        mvc.perform(post("/manage/seminars/{id}/survey/send", seminar).session(grodno).with(csrf()))
                .andExpect(flash().attribute("flash", "survey.sent"));
        mvc.perform(post("/manage/seminars/{id}/survey/questions/{q}", seminar, overall).session(grodno).with(csrf())
                .param("textRu", "Другое").param("textBe", "Іншае").param("textEn", "Other"))
                .andExpect(flash().attribute("flashError", "survey.notDraft"));
        mvc.perform(post("/manage/seminars/{id}/survey/send", seminar).session(grodno).with(csrf()))
                .andExpect(flash().attribute("flashError", "survey.notDraft"));
        assertThat(jdbc.sql("select text_ru from survey_question where id = :id").param("id", overall).query(String.class).single())
                .isEqualTo("Оцените семинар");
    }

    @Test
    void theJobMakesTheSurveyOfARecentlyHeldSeminarNobodyOpened() throws Exception {
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        assertThat(count("select count(*) from survey where seminar_id = :id", held.seminar())).isZero();
        assertThat(jobs.createMissing()).isGreaterThanOrEqualTo(1);
        assertThat(jobs.createMissing()).isZero();
        long survey = surveyOf(held.seminar());
        assertThat(jdbc.sql("select state from survey where id = :id").param("id", survey).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("select send_at = (select ends_at from seminar where id = :s) + interval '2 hours' from survey where id = :id")
                .param("s", held.seminar()).param("id", survey).query(Boolean.class).single()).isTrue();
        assertThat(questions(survey)).hasSize(7);
    }

    @Test
    void aSeminarNotYetHeldIsNotSent() throws Exception {
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        jdbc.sql("update seminar set status = 'REGISTRATION_OPEN' where id = :id").param("id", held.seminar()).update();
        MockHttpSession admin = Sessions.admin(mvc);
        mvc.perform(post("/manage/seminars/{id}/survey", held.seminar()).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/seminars/{id}/survey/send", held.seminar()).session(admin).with(csrf()))
                .andExpect(flash().attribute("flashError", "survey.send.notHeld"));
        jdbc.sql("update survey set send_at = now() - interval '1 hour' where seminar_id = :id").param("id", held.seminar()).update();
        jobs.sendDue();
        assertThat(jdbc.sql("select state from survey where seminar_id = :id").param("id", held.seminar()).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void theJobSendsOnceToEveryAttendeeAndRemindsOnceThoseWhoHaveNotAnswered() throws Exception {
        var greenMail = MailServer.get();
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        long seminar = held.seminar();
        long ru = FeedbackFixtures.attendee(jdbc, seminar, "Опросов Иван", "ru", true);
        long be = FeedbackFixtures.attendee(jdbc, seminar, "Апытанне Ўладзімір", "be", true);
        long absent = FeedbackFixtures.attendee(jdbc, seminar, "Отсутствов Пётр", "ru", false);
        // nobody opened the page: the job makes the survey (held within the window) and sends it when due
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(Sessions.admin(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long survey = surveyOf(seminar);
        jdbc.sql("update survey set send_at = now() - interval '1 minute' where id = :id").param("id", survey).update();
        assertThat(jobs.sendDue()).isGreaterThanOrEqualTo(2);
        assertThat(jobs.sendDue()).isZero();
        assertThat(count("select count(*) from outbox_message where cause_key like 'survey:' || :id || ':%'", survey)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from outbox_message where cause_key = :k").param("k", "survey:" + survey + ":" + absent)
                .query(Long.class).single()).isZero();

        MimeMessage beMail = MailServer.await(FeedbackFixtures.email(jdbc, be), "Анкета");
        assertThat(beMail.getSubject()).isEqualTo("Анкета: " + held.title());
        String beText = MailServer.text(beMail);
        assertThat(beText).contains("Дзякуй за ўдзел у семінары", "Апытанне Ўладзімір");
        String beLink = link(beText);
        assertThat(beLink).endsWith("?lang=be");
        // follow the link: the Belarusian form
        String form = mvc.perform(get(beLink.substring(beLink.indexOf("/seminars/"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Ваша меркаванне пра семінар", "Наколькі карысным для вашай працы быў семінар у цэлым?");

        // the Russian attendee answers; after the reminder time only the Belarusian one is reminded, once
        mvc.perform(answer(seminar, ru, survey)).andExpect(status().is3xxRedirection());
        jdbc.sql("update survey set reminder_at = now() - interval '1 minute' where id = :id").param("id", survey).update();
        assertThat(jobs.remindDue()).isEqualTo(1);
        assertThat(jobs.remindDue()).isZero();
        assertThat(count("select count(*) from outbox_message where cause_key like 'survey:' || :id || ':%:reminder'", survey)).isEqualTo(1);
        MimeMessage reminder = MailServer.await(FeedbackFixtures.email(jdbc, be), "Напамін");
        assertThat(reminder.getSubject()).isEqualTo("Напамін: анкета — " + held.title());
        // every mail of this survey has reached its final state: nothing else will arrive
        org.awaitility.Awaitility.await("the survey's mails settled").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> count("select count(*) from outbox_message where cause_key like 'survey:' || :id || ':%' "
                        + "and state not in ('SENT', 'FAILED')", survey) == 0);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> MailServer.isTo(m, FeedbackFixtures.email(jdbc, ru))).count())
                .isEqualTo(1);
    }

    @Test
    void answersAreValidatedStoredOnceAndRefusedForAnotherSeminar() throws Exception {
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        long seminar = held.seminar();
        long inv = FeedbackFixtures.attendee(jdbc, seminar, "Ответов Иван", "ru", true);
        long absent = FeedbackFixtures.attendee(jdbc, seminar, "Неявкин Иван", "ru", false);
        // before it is sent, the link opens nothing
        mvc.perform(post("/manage/seminars/{id}/survey", seminar).session(Sessions.admin(mvc)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(link(seminar, inv))).andExpect(status().isNotFound());
        long survey = openAndSend(seminar, false);
        Q overall = first(survey, "OVERALL");
        Q talk = first(survey, "TALK");
        Q level = first(survey, "SELF_LEVEL");
        Q text = first(survey, "MOST_USEFUL");

        // out of scale, out of level, too long, required missing: 400, the form as typed with the field marked, nothing stored
        for (String[] bad : new String[][]{{"q" + talk.id(), "7"}, {"q" + talk.id(), "0"}, {"q" + talk.id(), "abc"},
                {"q" + level.id() + ".after", "5"}, {"q" + text.id(), "я".repeat(4001)}, {"q" + overall.id(), ""}}) {
            MockHttpServletResponse response = mvc.perform(post(link(seminar, inv)).with(csrf())
                    .params(withOnly(answerParams(seminar, inv, survey), bad[0], bad[1]))).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0] + "=" + bad[1].length()).isEqualTo(400);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.select("[name=\"" + bad[0] + "\"][aria-invalid=true]")).as(bad[0]).isNotEmpty();
            assertThat(page.select(".invalid [name=\"" + bad[0] + "\"]")).isNotEmpty();
            // what was typed elsewhere is kept
            assertThat(page.select("textarea[name=q" + first(survey, "PRIORITIES").id() + "]").text()).isEqualTo("Электронные услуги района");
            assertThat(responses(survey)).isZero();
            assertThat(count("select count(*) from survey_receipt where survey_id = :id", survey)).isZero();
        }
        assertThat(Jsoup.parse(mvc.perform(post(link(seminar, inv)).with(csrf())
                        .params(withOnly(answerParams(seminar, inv, survey), "q" + talk.id(), "7"))).andReturn().getResponse()
                .getContentAsString()).select("input[name=q" + overall.id() + "][checked]").attr("value")).isEqualTo("5");

        // a link for another seminar's survey, a forged one, a non-attendee's
        var other = FeedbackFixtures.heldSeminar(mvc, jdbc);
        openAndSend(other.seminar(), false);
        String wrong = mvc.perform(get("/seminars/" + other.seminar() + "/survey/" + tokens.token(inv)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Эта ссылка — на анкету другого семинара.");
        mvc.perform(post("/seminars/" + other.seminar() + "/survey/" + tokens.token(inv)).with(csrf())
                .param("q" + overall.id(), "5")).andExpect(status().isNotFound());
        mvc.perform(get("/seminars/" + seminar + "/survey/" + inv + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound());
        mvc.perform(get(link(seminar, absent))).andExpect(status().isNotFound());
        assertThat(count("select count(*) from survey_response where survey_id = (select id from survey where seminar_id = :id)",
                other.seminar())).isZero();

        // the valid answer, then a second one refused
        mvc.perform(answer(seminar, inv, survey)).andExpect(status().is3xxRedirection());
        assertThat(responses(survey)).isEqualTo(1);
        String again = mvc.perform(answer(seminar, inv, survey)).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("Вы уже ответили на эту анкету");
        assertThat(responses(survey)).isEqualTo(1);
        var row = jdbc.sql("select invitation_id, official_id, submitted_at is not null as timed from survey_response where survey_id = :s")
                .param("s", survey).query().singleRow();
        assertThat(row.get("invitation_id")).isEqualTo(inv);
        assertThat(row.get("timed")).isEqualTo(true);
        assertThat(jdbc.sql("select score from survey_answer a join survey_response r on r.id = a.response_id where a.question_id = :q")
                .param("q", overall.id()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select level_before || '>' || level_after from survey_answer where question_id = :q")
                .param("q", level.id()).query(String.class).single()).isEqualTo("1>3");
        // the page now thanks, and says no certificate yet
        assertThat(mvc.perform(get(link(seminar, inv))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Спасибо, Ответов Иван! Ваши ответы получены.");
        mvc.perform(get(link(seminar, inv) + "/certificate.pdf")).andExpect(status().isNotFound());

        // the named self-assessment reaches the official's record, on the page and in the PDF
        long official = jdbc.sql("select official_id from invitation where id = :i").param("i", inv).query(Long.class).single();
        String code = jdbc.sql("select code from competence where id = :c").param("c", held.competence()).query(String.class).single();
        Document record = Jsoup.parse(mvc.perform(get("/directory/officials/{id}/record", official).session(Sessions.demo(mvc, "grodno")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(record.select("#self-assessed").text()).contains(code, "1 → 3", held.title());
        byte[] pdf = mvc.perform(get("/directory/officials/{id}/record.pdf", official).session(Sessions.admin(mvc)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Self-assessed levels", code, "before the seminar 1, after 3");
        }
    }

    @Test
    void theDemoGrodnoSeminarHasASentIllustrativeSurveyWithAnswers() throws Exception {
        long grodno = by.egov.academy.support.TestData.demoGrodnoSeminar(jdbc);
        var row = jdbc.sql("select state, anonymous, illustrative, id from survey where seminar_id = :s").param("s", grodno)
                .query().singleRow();
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("anonymous")).isEqualTo(false);
        assertThat(row.get("illustrative")).isEqualTo(true);
        assertThat(responses((Long) row.get("id"))).isEqualTo(5);
        // the talks' tagged competences gave level questions, and the job never sends an illustrative survey
        assertThat(count("select count(*) from survey_question where survey_id = :id and kind = 'SELF_LEVEL'", (Long) row.get("id")))
                .isGreaterThan(3);
        jobs.sendDue();
        jobs.remindDue();
        assertThat(count("select count(*) from outbox_message where cause_key like 'survey:' || :id || ':%'", (Long) row.get("id")))
                .isZero();
        String html = mvc.perform(get("/manage/seminars/{id}/survey/results", grodno).session(Sessions.demo(mvc, "grodno")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("демонстрационные", "Облачные", "Средняя оценка 4,20");
    }

    @Test
    void twoConcurrentSubmissionsStoreExactlyOne() throws Exception {
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        long inv = FeedbackFixtures.attendee(jdbc, held.seminar(), "Гонкин Иван", "ru", true);
        long survey = openAndSend(held.seminar(), false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> mvc.perform(answer(held.seminar(), inv, survey)).andReturn().getResponse().getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 302).count()).as(statuses.toString()).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count()).as(statuses.toString()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses(survey)).isEqualTo(1);
        assertThat(count("select count(*) from survey_answer a join survey_response r on r.id = a.response_id "
                + "where r.survey_id = :id", survey)).isEqualTo(questions(survey).size() + 1); // topics: a competence and a text
    }

    @Test
    void anAnonymousAnswerStoresNoPersonYetOnlyOnce() throws Exception {
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        long inv = FeedbackFixtures.attendee(jdbc, held.seminar(), "Анонимов Иван", "en", true);
        long survey = openAndSend(held.seminar(), true);
        mvc.perform(answer(held.seminar(), inv, survey)).andExpect(status().is3xxRedirection());
        mvc.perform(answer(held.seminar(), inv, survey)).andExpect(status().isConflict());
        Map<String, Object> row = jdbc.sql("select * from survey_response where survey_id = :s").param("s", survey).query().singleRow();
        assertThat(row.get("invitation_id")).isNull();
        assertThat(row.get("official_id")).isNull();
        assertThat(row.get("submitted_at")).isNull();
        assertThat(row.get("submitted_on")).isNotNull();
        assertThat(count("select count(*) from survey_receipt where survey_id = :id", survey)).isEqualTo(1);
        // the receipt names the invitation but nothing connects it to the response
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'survey_receipt'")
                .query(Long.class).single()).isEqualTo(2);
        // the database itself refuses a response naming someone
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                insert into survey_response (survey_id, invitation_id, language, submitted_on) values (:s, :i, 'ru', current_date)
                """).param("s", survey).param("i", inv).update()).hasMessageContaining("anonymous");
        // results of an anonymous survey list nobody by name
        String results = mvc.perform(get("/manage/seminars/{id}/survey/results", held.seminar()).session(Sessions.admin(mvc)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results).doesNotContain("Анонимов Иван").doesNotContain("non-responders");
    }

    @Test
    void resultsFiguresChartsNonRespondersXlsxPdfAndJson() throws Exception {
        var held = FeedbackFixtures.heldSeminar(mvc, jdbc);
        long seminar = held.seminar();
        long a = FeedbackFixtures.attendee(jdbc, seminar, "Первов Иван", "ru", true);
        long b = FeedbackFixtures.attendee(jdbc, seminar, "Вторых Пётр", "ru", true);
        FeedbackFixtures.attendee(jdbc, seminar, "Молчанов Сергей", "be", true);
        long survey = openAndSend(seminar, false);
        Q overall = first(survey, "OVERALL");
        Q talk = first(survey, "TALK");
        mvc.perform(post(link(seminar, a)).with(csrf()).params(withOnly(answerParams(seminar, a, survey), "q" + overall.id(), "5")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(link(seminar, b)).with(csrf()).params(withOnly(withOnly(answerParams(seminar, b, survey),
                        "q" + overall.id(), "2"), "q" + talk.id(), ""))).andExpect(status().is3xxRedirection());

        MockHttpSession grodno = Sessions.demo(mvc, "grodno");
        mvc.perform(get("/manage/seminars/{id}/survey/results", seminar).session(Sessions.demo(mvc, "brest")))
                .andExpect(status().isForbidden());
        String html = mvc.perform(get("/manage/seminars/{id}/survey/results", seminar).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#response-rate").text().replace('\u00a0', ' ')).contains("Участников 3", "Ответили 2 (67 %)");
        assertThat(page.select("#non-responders").text()).contains("Молчанов Сергей").doesNotContain("Первов");
        assertThat(page.select("svg.chart")).isNotEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(html).contains("Средняя оценка 3,50", "Облачные сервисы", "Кибербезопасность");
        // the overall chart: a 2 and a 5
        var bars = page.select("svg.chart").first().select("text.chart-count").eachText();
        assertThat(bars).containsExactly("0", "1", "0", "0", "1");

        String json = mvc.perform(get("/api/v1/seminars/{id}/survey/results", seminar).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"attendees\":3", "\"answered\":2", "\"responseRate\":67", "\"average\":3.5",
                "\"distribution\":[0,1,0,0,1]", "\"name\":\"Молчанов Сергей\"");
        mvc.perform(get("/api/v1/seminars/{id}/survey/results", seminar)).andExpect(status().isUnauthorized());

        byte[] xlsx = mvc.perform(get("/manage/seminars/{id}/survey/results.xlsx", seminar).session(grodno))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2);
            Row first = summary.getRow(6);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(3.5);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(1);
            Row talkRow = summary.getRow(7);
            assertThat(talkRow.getCell(1).getNumericCellValue()).isEqualTo(1); // b skipped it
            assertThat(talkRow.getCell(2).getNumericCellValue()).isEqualTo(4);
            Sheet texts = book.getSheetAt(1);
            List<String> cells = new ArrayList<>();
            texts.forEach(r -> r.forEach(c -> cells.add(c.getStringCellValue())));
            assertThat(cells).contains("Облачные сервисы", "Кибербезопасность");
            Sheet non = book.getSheetAt(2);
            assertThat(non.getLastRowNum()).isEqualTo(1);
            assertThat(non.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Молчанов Сергей");
        }
        byte[] pdf = mvc.perform(get("/manage/seminars/{id}/survey/results.pdf", seminar).session(grodno).param("lang", "be"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Вынікі анкеты", "Удзельнікаў: 3", "Адказалі: 2 (67 %)", "Сярэдняя ацэнка 3,50",
                    "1: 0 · 2: 1 · 3: 0 · 4: 0 · 5: 1", "Сярэдні ўзровень пасля 3,00", "Молчанов Сергей", "— Кибербезопасность")
                    .doesNotContain("? Кибербезопасность");
        }
    }

    // ------------------------------------------------------------------ helpers

    private org.springframework.util.MultiValueMap<String, String> answerParams(long seminar, long inv, long survey) {
        return answer(seminar, inv, survey).buildRequest(new org.springframework.mock.web.MockServletContext())
                .getParameterMap().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> Arrays.asList(e.getValue()), (x, y) -> x, org.springframework.util.LinkedMultiValueMap::new));
    }

    private static org.springframework.util.MultiValueMap<String, String> withOnly(
            org.springframework.util.MultiValueMap<String, String> params, String name, String value) {
        params.put(name, List.of(value));
        return params;
    }

    static String link(String text) {
        Matcher m = Pattern.compile("https?://\\S+/seminars/\\d+/survey/[0-9]+\\.[A-Za-z0-9_-]+\\?lang=[a-z]{2}").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }
}
