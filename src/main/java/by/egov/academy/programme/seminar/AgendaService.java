package by.egov.academy.programme.seminar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import by.egov.academy.directory.Directory;
import by.egov.academy.directory.TerritoryRef;
import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of a seminar's agenda: talks inside the seminar's times, each with its speakers and topics. */
@Service
public class AgendaService {

    private final SeminarService seminars;
    private final SeminarRepository repository;
    private final AgendaRepository agenda;
    private final ProgrammeAccess access;
    private final by.egov.academy.programme.material.MaterialService materials;
    private final by.egov.academy.programme.expert.ExpertCatalog experts;
    private final by.egov.academy.programme.topic.TopicCatalog topics;

    AgendaService(SeminarService seminars, SeminarRepository repository, AgendaRepository agenda, ProgrammeAccess access,
                  by.egov.academy.programme.material.MaterialService materials,
                  by.egov.academy.programme.expert.ExpertCatalog experts,
                  by.egov.academy.programme.topic.TopicCatalog topics) {
        this.experts = experts;
        this.topics = topics;
        this.seminars = seminars;
        this.repository = repository;
        this.agenda = agenda;
        this.access = access;
        this.materials = materials;
    }

    private Seminar lockForChange(long id) {
        return seminars.lockForChange(id);
    }

    private Seminar get(long id) {
        return seminars.get(id);
    }

    private static void checkYear(java.time.LocalDateTime t, String field) {
        SeminarService.checkYear(t, field);
    }

    private static String keep(String stored, String submitted) {
        return SeminarService.keep(stored, submitted);
    }

    @Transactional
    public long addTalk(long seminarId, TalkCommand c) {
        Seminar s = lockForChange(seminarId);
        checkTalk(s, c);
        try {
            return agenda.insertTalk(seminarId, c, false);
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("talk.overlap", "start");
        }
    }

    /** See {@link by.egov.academy.programme.Seminars#addTalkToBe}. */
    @Transactional
    public long addTalkToBe(long seminarId, by.egov.academy.programme.Seminars.TalkToBe t) {
        Seminar s = lockForChange(seminarId);
        if (s.status().isPast() || s.status() == SeminarStatus.CANCELLED) {
            throw DomainException.conflict("seminar.past", null);
        }
        Instant anchor = s.startsAt() != null ? s.startsAt()
                : s.plannedMonth() == null ? null : s.plannedMonth().atTime(10, 0).atZone(Seminar.MINSK).toInstant();
        if (anchor == null) {
            throw DomainException.conflict("talk.seminarHasNoDate", "start");
        }
        if (s.allDay()) {
            throw DomainException.conflict("talk.allDaySeminar", "start");
        }
        Instant start = agenda.talks(seminarId).stream().map(Talk::endsAt).filter(anchor::isBefore)
                .max(Instant::compareTo).orElse(anchor);
        Instant end = start.plus(Duration.ofMinutes(40));
        if (s.endsAt() != null && end.isAfter(s.endsAt())) {
            throw DomainException.conflict("talk.toBe.noRoom", null);
        }
        List<Long> speakers = t.expertIds() == null ? List.of() : t.expertIds().stream().distinct()
                .filter(id -> id != null && experts.find(id).filter(e -> !e.retired() && !e.merged()).isPresent()).toList();
        return agenda.insertTalk(seminarId, new TalkCommand("TALK", t.titleRu(), t.titleBe(), t.titleEn(),
                start.atZone(Seminar.MINSK).toLocalDateTime(), end.atZone(Seminar.MINSK).toLocalDateTime(), speakers,
                List.of()), true);
    }

    @Transactional
    public void updateTalkTitles(long talkId, String ru, String be, String en) {
        long seminarId = agenda.talkSeminar(talkId).orElseThrow(() -> DomainException.notFound("talk.notFound", talkId));
        Seminar s = get(seminarId);
        if (!access.canEditTalk(s, talkId)) {
            throw new org.springframework.security.access.AccessDeniedException("not your talk");
        }
        Talk talk = agenda.talks(seminarId).stream().filter(t -> t.id() == talkId).findFirst().orElseThrow();
        String titleRu = keep(talk.titleRu(), ru);
        if (titleRu == null) {
            throw DomainException.invalid("NotBlank", "titleRu");
        }
        for (String[] f : new String[][]{{"titleRu", ru}, {"titleBe", be}, {"titleEn", en}}) {
            if (f[1] != null && f[1].length() > 500) {
                throw DomainException.invalid("Size", f[0], f[0], 500, 0);
            }
        }
        // a language the form did not send keeps its title
        agenda.updateTalkTitles(talkId, titleRu, keep(talk.titleBe(), be), keep(talk.titleEn(), en));
    }

    @Transactional
    public void deleteTalk(long seminarId, long talkId) {
        Seminar s = lockForChange(seminarId);
        if (agenda.talkSeminar(talkId).filter(x -> x == seminarId).isEmpty()) {
            throw DomainException.notFound("talk.notFound", talkId);
        }
        if (s.status().isPast()) {
            throw DomainException.conflict("seminar.past", null);
        }
        materials.removeFilesAfterCommit(seminarId, talkId);
        agenda.deleteTalk(talkId);
    }

    /** Copies an earlier seminar's agenda, keeping each talk's offset from the seminar start. All or nothing. */
    @Transactional
    public int copyAgenda(long fromId, long toId) {
        Seminar to = lockForChange(toId);
        Seminar from = get(fromId);
        if (!from.isPublic() && !access.canManageHost(from.hostTerritoryId())) {
            throw DomainException.notFound("seminar.notFound", fromId);
        }
        if (to.startsAt() == null || from.startsAt() == null) {
            throw DomainException.invalid("seminar.copy.needsDates", "from");
        }
        Duration shift = Duration.between(from.startsAt(), to.startsAt());
        for (Talk t : agenda.talks(fromId)) {
            if (t.endsAt().plus(shift).isAfter(to.endsAt())) {
                throw DomainException.invalid("seminar.copy.doesNotFit", "from");
            }
        }
        try {
            return agenda.copyAgenda(fromId, toId, shift);
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("talk.overlap", "from");
        }
    }

    private void checkTalk(Seminar s, TalkCommand c) {
        if (s.status().isPast()) {
            throw DomainException.conflict("seminar.past", null);
        }
        checkYear(c.start(), "start");
        checkYear(c.end(), "end");
        if (s.startsAt() == null) {
            throw DomainException.invalid("talk.seminarHasNoDate", "start");
        }
        if (s.allDay()) {
            throw DomainException.invalid("talk.allDaySeminar", "start");
        }
        if (!c.endsAt().isAfter(c.startsAt())) {
            throw DomainException.invalid("time.endBeforeStart", "end");
        }
        if (c.startsAt().isBefore(s.startsAt()) || c.endsAt().isAfter(s.endsAt())) {
            throw DomainException.invalid("talk.outsideSeminar", "start");
        }
        for (Long id : c.expertIds() == null ? List.<Long>of() : c.expertIds()) {
            var expert = id == null ? null : experts.find(id).orElse(null);
            if (expert == null) {
                throw DomainException.invalid("expert.notFound", "expertIds");
            }
            // a retired or merged record speaks at no new talk (it stays on the talks it gave)
            if (expert.retired() || expert.merged()) {
                throw DomainException.invalid("talk.expertRetired", "expertIds", expert.fullName());
            }
        }
        for (Long id : c.topicIds() == null ? List.<Long>of() : c.topicIds()) {
            if (id == null || topics.find(id).isEmpty()) {
                throw DomainException.invalid("topic.notFound", "topicIds");
            }
            if (!topics.usableForNewTalk(id)) {
                throw DomainException.invalid("talk.topicRetired", "topicIds", topics.find(id).get().nameRu());
            }
        }
        if (c.expertIds() != null && c.expertIds().size() != c.expertIds().stream().distinct().count()) {
            throw DomainException.invalid("expert.notFound", "expertIds");
        }
        if ("TALK".equals(c.kind()) && (c.expertIds() == null || c.expertIds().isEmpty())) {
            throw DomainException.invalid("talk.needsSpeaker", "expertIds");
        }
    }

}
