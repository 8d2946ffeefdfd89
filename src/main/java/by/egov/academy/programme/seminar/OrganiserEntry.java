package by.egov.academy.programme.seminar;

import by.egov.academy.programme.OrganiserRole;
import jakarta.validation.constraints.NotNull;

/** One line of a seminar's ordered list of organisers, as the form and the API submit it. */
public record OrganiserEntry(@NotNull Long organisationId, @NotNull OrganiserRole role) {
}
