package by.egov.academy.identity;

import java.util.Optional;

/** The signed-in user of the current request, whichever way they signed in (form, Basic, token). */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    default CurrentUser require() {
        return current().orElseThrow(() ->
                new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("not signed in"));
    }
}
