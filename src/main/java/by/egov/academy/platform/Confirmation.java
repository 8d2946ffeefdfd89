package by.egov.academy.platform;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * The confirmation step of a destructive action (delete, remove, retire, revoke). The action's own button posts
 * without {@code confirmed=true}: the handler then checks access and answers with this page, which names what is
 * affected and what follows, and whose button posts the same request again with {@code confirmed=true}. So the step
 * works without JavaScript and nothing is destroyed by one click (or by a replayed form).
 */
public final class Confirmation {

    public static final String PARAM = "confirmed";

    /** One consequence, resolved in the page's language: a message code and its arguments. */
    public record Line(String code, Object... args) {
    }

    private Confirmation() {
    }

    /** Whether the request comes from the confirmation page's button. */
    public static boolean given(HttpServletRequest request) {
        return "true".equals(request.getParameter(PARAM));
    }

    /**
     * The confirmation page for the request being handled: it posts the same parameters to the same address.
     *
     * @param titleCode  what is about to happen ("Delete the talk?")
     * @param subject    the affected thing by name (shown in bold), may be null
     * @param back       where "Back" leads (the page the user came from)
     */
    public static String ask(Model model, HttpServletRequest request, String titleCode, String subject, String back,
                             Line... consequences) {
        List<String[]> params = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals(PARAM)) {
                for (String v : values) {
                    params.add(new String[]{name, v});
                }
            }
        });
        model.addAttribute("confirmTitle", titleCode);
        model.addAttribute("confirmSubject", subject);
        model.addAttribute("confirmLines", List.of(consequences));
        model.addAttribute("confirmAction", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("confirmParams", params);
        model.addAttribute("confirmBack", back);
        return "confirm";
    }
}
