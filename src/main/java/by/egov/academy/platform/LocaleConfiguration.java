package by.egov.academy.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Russian by default; {@code ?lang=be|en|ru} on any page switches, and a cookie remembers the choice.
 * Pages ignore the browser's Accept-Language: officials' browsers are often English out of the box while
 * the ministry's working language is Russian. The API has no other way to choose, so there it counts.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale BELARUSIAN = Locale.forLanguageTag("be");
    public static final List<Locale> SUPPORTED = List.of(RUSSIAN, BELARUSIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("egov-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            if (api && header != null && !header.isBlank()) {
                try {
                    Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                    if (best != null) {
                        return best;
                    }
                } catch (IllegalArgumentException ignored) {
                    // a malformed header is not the user's fault: use the default
                }
            }
            return RUSSIAN;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // only the product's three languages: ?lang=de must not give German month names on a Russian page
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                if (lang != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The language of a locale among ours: ru (default), be or en. */
    public static String language(Locale locale) {
        if (locale == null) {
            return "ru";
        }
        return switch (locale.getLanguage()) {
            case "be" -> "be";
            case "en" -> "en";
            default -> "ru";
        };
    }

    /** Picks the text for the locale, falling back to Russian where a translation is missing. */
    public static String pick(Locale locale, String ru, String be, String en) {
        String chosen = switch (language(locale)) {
            case "be" -> be;
            case "en" -> en;
            default -> ru;
        };
        return chosen == null || chosen.isBlank() ? ru : chosen;
    }
}
