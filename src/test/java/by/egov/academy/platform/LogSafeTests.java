package by.egov.academy.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTests {

    @Test
    void addressesLoseTheirPersonalPart() {
        assertThat(LogSafe.text("550 5.1.1 <ivan.petrov+x@grodno.gov.by>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <…@grodno.gov.by>: Recipient address rejected");
        assertThat(LogSafe.text("Ошибка для алёна@почта.бел и o'brien@x.org"))
                .isEqualTo("Ошибка для …@почта.бел и …@x.org");
        assertThat(LogSafe.text("no address here: 10.0.0.1, user@localhost")).isEqualTo("no address here: 10.0.0.1, user@localhost");
        assertThat(LogSafe.text(null)).isNull();
    }

    @Test
    void personalLinksLoseTheirToken() {
        assertThat(LogSafe.path("/rsvp/AbC-12_x9")).isEqualTo("/rsvp/…");
        assertThat(LogSafe.path("/rsvp/AbC-12_x9/qr.png")).isEqualTo("/rsvp/…/qr.png");
        assertThat(LogSafe.path("/my-record/tok/record.pdf")).isEqualTo("/my-record/…/record.pdf");
        assertThat(LogSafe.path("/seminars/12/survey/34.c2lnbmF0dXJl")).isEqualTo("/seminars/12/survey/…");
        assertThat(LogSafe.path("/account/activate/zzz")).isEqualTo("/account/activate/…");
        assertThat(LogSafe.path("/manage/seminars/12")).isEqualTo("/manage/seminars/12");
    }
}
