package by.egov.academy.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-time messages a redirect carries to the next page (rendered by the layout). */
public final class Flash {

    private Flash() {
    }

    public static void error(RedirectAttributes redirect, DomainException e) {
        error(redirect, e.messageCode(), e.args());
    }

    public static void error(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute("flashError", code);
        redirect.addFlashAttribute("flashErrorArgs", args);
    }
}
