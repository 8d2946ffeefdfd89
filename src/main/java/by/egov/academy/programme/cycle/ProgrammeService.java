package by.egov.academy.programme.cycle;

import java.util.List;

import by.egov.academy.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes: listed, created, translated and one made the default, by the programme office. */
@Service
class ProgrammeService {

    private final ProgrammeRows programmes;
    private final CycleAccess access;

    ProgrammeService(ProgrammeRows programmes, CycleAccess access) {
        this.programmes = programmes;
        this.access = access;
    }

    ProgrammeRow get(long id) {
        access.checkRead();
        return programmes.find(id).orElseThrow(() -> DomainException.notFound("programme.notFoundId", id));
    }

    List<ProgrammeRow> list() {
        access.checkRead();
        return programmes.list();
    }

    @Transactional
    long create(ProgrammeCommand c) {
        access.checkOffice();
        if (c.titleRu() == null || c.titleRu().isBlank()) {
            throw DomainException.invalid("programme.titleRu.required", "titleRu");
        }
        if (c.startYear() == null) {
            throw DomainException.invalid("programme.startYear.required", "startYear");
        }
        return programmes.insert(c);
    }

    @Transactional
    void update(long id, ProgrammeCommand c) {
        access.checkOffice();
        get(id);
        if (c.titleRu() != null && c.titleRu().isBlank()) {
            throw DomainException.invalid("programme.titleRu.required", "titleRu");
        }
        programmes.update(id, c);
    }

    @Transactional
    void makeDefault(long id) {
        access.checkOffice();
        get(id);
        programmes.makeDefault(id);
    }

    boolean isOffice() {
        return access.isOffice();
    }
}
