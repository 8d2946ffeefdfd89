package by.egov.academy.programme.cycle;

import java.util.HashSet;
import java.util.List;

import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cycles: created, translated, closed, reopened and put in order by the programme office. */
@Service
class CycleService {

    private final CycleRepository cycles;
    private final ProgrammeRows programmes;
    private final CycleAccess access;

    CycleService(CycleRepository cycles, ProgrammeRows programmes, CycleAccess access) {
        this.cycles = cycles;
        this.programmes = programmes;
        this.access = access;
    }

    Cycle get(long id) {
        access.checkRead();
        return cycles.find(id).orElseThrow(() -> DomainException.notFound("cycle.notFound", id));
    }

    List<Cycle> list(Long programmeId) {
        access.checkRead();
        return cycles.list(programmeId);
    }

    List<CycleSeminar> seminars(long id) {
        get(id);
        return cycles.seminars(id);
    }

    @Transactional
    long create(CycleCommand c) {
        access.checkOffice();
        // a cycle named without its programme belongs to the default one (the 2016 programme unless changed)
        if (c.programmeId() == null) {
            c = new CycleCommand(cycles.defaultProgrammeId().orElseThrow(() ->
                    DomainException.invalid("cycle.programme.required", "programmeId")), c.titleRu(), c.titleBe(),
                    c.titleEn(), c.descriptionRu(), c.descriptionBe(), c.descriptionEn());
        }
        checkProgramme(c.programmeId());
        if (c.titleRu() == null || c.titleRu().isBlank()) {
            throw DomainException.invalid("cycle.titleRu.required", "titleRu");
        }
        return cycles.insert(c);
    }

    @Transactional
    void update(long id, CycleCommand c) {
        access.checkOffice();
        get(id);
        if (c.titleRu() != null && c.titleRu().isBlank()) {
            throw DomainException.invalid("cycle.titleRu.required", "titleRu");
        }
        if (c.programmeId() != null) {
            checkProgramme(c.programmeId());
        }
        cycles.update(id, c);
    }

    @Transactional
    void setClosed(long id, boolean closed) {
        access.checkOffice();
        get(id);
        cycles.lock(id);
        cycles.setClosed(id, closed);
    }

    /** Puts the cycle's seminars in the order given; ordinals follow it (1, 2, ...). */
    @Transactional
    void reorder(long id, List<Long> seminarIds) {
        access.checkOffice();
        get(id);
        if (seminarIds == null) {
            throw DomainException.invalid("cycle.order.mismatch", "seminarIds");
        }
        cycles.lock(id);
        List<Long> current = cycles.seminars(id).stream().map(CycleSeminar::id).toList();
        if (seminarIds.size() != current.size() || seminarIds.contains(null)
                || !new HashSet<>(seminarIds).equals(new HashSet<>(current))) {
            throw DomainException.invalid("cycle.order.mismatch", "seminarIds");
        }
        cycles.renumber(id, seminarIds);
    }

    /** Moves one seminar a place up (toward the start) or down. */
    @Transactional
    void move(long id, long seminarId, boolean up) {
        access.checkOffice();
        get(id);
        cycles.lock(id);
        List<Long> order = new java.util.ArrayList<>(cycles.seminars(id).stream().map(CycleSeminar::id).toList());
        int at = order.indexOf(seminarId);
        if (at < 0) {
            throw DomainException.invalid("cycle.order.notInCycle", "seminarId", seminarId);
        }
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= order.size()) {
            return; // already first or last
        }
        java.util.Collections.swap(order, at, to);
        cycles.renumber(id, order);
    }

    private void checkProgramme(long programmeId) {
        if (programmes.find(programmeId).isEmpty()) {
            throw DomainException.invalid("programme.unknown", "programmeId", programmeId);
        }
    }

    boolean isOffice() {
        return access.isOffice();
    }

    void checkOffice() {
        access.checkOffice();
    }
}
