package by.egov.academy.programme.expert;

import by.egov.academy.platform.DomainException;
import org.springframework.http.HttpStatus;

/** The same person (name in any case, same organisation) is already recorded: the user is offered that one. */
public class DuplicateExpertException extends DomainException {

    private final long existingId;

    DuplicateExpertException(Expert existing) {
        super(HttpStatus.CONFLICT, "expert.duplicate", "fullName", existing.fullName(), existing.id());
        this.existingId = existing.id();
    }

    public long existingId() {
        return existingId;
    }
}
