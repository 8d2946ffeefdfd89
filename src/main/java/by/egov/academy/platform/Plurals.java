package by.egov.academy.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Number agreement for messages: Russian and Belarusian nouns take one form after 1, 21, 31 …, another after
 * 2–4, 22–24 …, and a third after 0, 5–20, 25–30 … (CLDR categories one / few / many); English has one and many.
 * A counted message is stored under three keys, {@code key.one}, {@code key.few}, {@code key.many}.
 */
public final class Plurals {

    private Plurals() {
    }

    /** The CLDR category of a whole number: {@code one}, {@code few} or {@code many}. */
    public static String category(long n, Locale locale) {
        long abs = Math.abs(n);
        if (LocaleConfiguration.language(locale).equals("en")) {
            return abs == 1 ? "one" : "many";
        }
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "one";
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return "few";
        }
        return "many";
    }

    /** The message {@code key.<category of n>} with {@code n} as its first argument, then {@code more}. */
    public static String message(MessageSource messages, String key, long n, Locale locale, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = String.valueOf(n);
        System.arraycopy(more, 0, args, 1, more.length);
        return messages.getMessage(key + "." + category(n, locale), args, locale);
    }
}
