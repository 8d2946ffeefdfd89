package by.egov.academy.directory.official;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user submits to create or change an official (form, API and each imported row). */
public record OfficialCommand(
        @NotBlank @Size(max = 300) String fullName,
        @NotBlank @Size(max = 300) String position,
        @NotNull Leadership leadership,
        @NotNull Long organisationId,
        @NotBlank @Size(max = 254) @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") String email,
        @Size(max = 50) @Pattern(regexp = "^[0-9+()\\-\\s]*$") String phone,
        @Pattern(regexp = "^(ru|be|en)?$") String language) {

    public OfficialCommand(String fullName, String position, Leadership leadership, Long organisationId, String email,
                           String phone) {
        this(fullName, position, leadership, organisationId, email, phone, "ru");
    }

    /** The language the official's mail is written in; Russian unless chosen. */
    public String languageOrDefault() {
        return language == null || language.isBlank() ? "ru" : language;
    }

    public static OfficialCommand of(Official o) {
        return new OfficialCommand(o.fullName(), o.position(), o.leadership(), o.organisationId(), o.email(), o.phone(),
                o.language());
    }
}
