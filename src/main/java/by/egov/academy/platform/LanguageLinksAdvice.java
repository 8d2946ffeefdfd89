package by.egov.academy.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The language switch keeps the page's query (a search, a filter), so switching loses nothing. */
@ControllerAdvice
class LanguageLinksAdvice {

    @ModelAttribute("langQuery")
    String langQuery(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "?";
        }
        Map<String, String[]> params = request.getParameterMap();
        String kept = params.entrySet().stream()
                .filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "?" : "?" + kept + "&";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
