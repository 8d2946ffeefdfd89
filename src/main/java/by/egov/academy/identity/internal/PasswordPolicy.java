package by.egov.academy.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, wherever one is set (own change, an account made by the programme office):
 * 10 to 200 characters (the form's own constraint), at least two kinds of characters among letters, digits
 * and others, not containing the user name, and not one of the passwords every guesser tries first.
 */
final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "0987654321", "qwertyuiop",
            "password123", "password1234", "qwerty12345", "1q2w3e4r5t", "1qaz2wsx3edc", "йцукенгшщз",
            "administrator", "admin12345", "egovacademy", "egov-academy");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < 10) {
            return Optional.empty(); // the length is the form's @Size constraint's to report
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return Optional.of("account.password.tooLong"); // BCrypt reads no more than 72 bytes
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.likeUsername");
        }
        boolean letters = password.codePoints().anyMatch(Character::isLetter);
        boolean digits = password.codePoints().anyMatch(Character::isDigit);
        boolean others = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        int kinds = (letters ? 1 : 0) + (digits ? 1 : 0) + (others ? 1 : 0);
        if (kinds < 2 || COMMON.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("account.password.weak");
        }
        return Optional.empty();
    }
}
