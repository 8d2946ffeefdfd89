package by.egov.academy.platform;

import java.util.regex.Pattern;

/**
 * What may go into a log line: logs are kept longer and read by more people than the database, so they carry
 * no e-mail address and no personal link's token (the token is a credential).
 */
public final class LogSafe {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** The path segment after a personal link's prefix: /rsvp/T, /my-record/T, /seminars/N/survey/T, /account/activate/T. */
    private static final Pattern TOKEN_PATH = Pattern.compile("(/(?:rsvp|my-record|survey|activate|link-account)/)[^/?#\\s]+");

    private LogSafe() {
    }

    /** The text with every e-mail address replaced by its domain only ("…@mail.by"). */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        return EMAIL.matcher(text).replaceAll(m -> "…@" + m.group().substring(m.group().indexOf('@') + 1));
    }

    /** A request path with any personal link's token replaced by "…". */
    public static String path(String path) {
        if (path == null) {
            return null;
        }
        return TOKEN_PATH.matcher(text(path)).replaceAll("$1…");
    }
}
