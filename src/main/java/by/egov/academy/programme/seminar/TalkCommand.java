package by.egov.academy.programme.seminar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A talk, discussion or break of a seminar's agenda; times are Minsk wall-clock times. */
public record TalkCommand(
        @NotNull @Pattern(regexp = "TALK|DISCUSSION|BREAK") String kind,
        @NotBlank @Size(max = 500) String titleRu,
        @Size(max = 500) String titleBe,
        @Size(max = 500) String titleEn,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
        List<Long> expertIds,
        List<Long> topicIds) {

    public Instant startsAt() {
        return start.atZone(Seminar.MINSK).toInstant();
    }

    public Instant endsAt() {
        return end.atZone(Seminar.MINSK).toInstant();
    }
}
