package by.egov.academy.platform;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the page's language writes them: {@code 12 345}, {@code 4,5 %} and {@code 4,50} in Russian and
 * Belarusian (no-break spaces), {@code 12,345}, {@code 4.5%} and {@code 4.50} in English. Years are never grouped
 * ({@code 2026}, not {@code 2 026}). Templates call it as {@code @fmt}: {@code ${@fmt.percent(c.percent())}};
 * Java code passes the locale to the static methods. A message argument that is a year goes through
 * {@link #year}, since {@code MessageFormat} groups a bare number.
 */
@Component("fmt")
public class Formats {

    public String integer(Number n) {
        return integer(n, LocaleContextHolder.getLocale());
    }

    public String decimal(Number n, int fractionDigits) {
        return decimal(n, fractionDigits, LocaleContextHolder.getLocale());
    }

    public String percent(Number percent) {
        return percent(percent, LocaleContextHolder.getLocale());
    }

    public String year(Number year) {
        return year == null ? "" : String.valueOf(year.longValue());
    }

    public static String integer(Number n, Locale locale) {
        return n == null ? "—" : NumberFormat.getIntegerInstance(ours(locale)).format(n);
    }

    /** Exactly {@code fractionDigits} digits after the locale's decimal separator; "—" for no value. */
    public static String decimal(Number n, int fractionDigits, Locale locale) {
        if (n == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(ours(locale));
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(n.doubleValue());
    }

    /** A share given in percent (45 or 4.5), with at most one decimal: «45 %», «4,5 %»; "45%", "4.5%". */
    public static String percent(Number percent, Locale locale) {
        if (percent == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(ours(locale));
        format.setMaximumFractionDigits(1);
        return format.format(percent.doubleValue() / 100.0);
    }

    private static Locale ours(Locale locale) {
        return Locale.forLanguageTag(LocaleConfiguration.language(locale));
    }
}
