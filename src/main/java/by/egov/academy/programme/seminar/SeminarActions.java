package by.egov.academy.programme.seminar;

import by.egov.academy.platform.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' small actions on a seminar (a site, a talk, an organiser): done, or refused with the reason as a
 * one-time message, and back to the seminar's page at the section concerned. An unknown seminar stays a 404.
 */
final class SeminarActions {

    private SeminarActions() {
    }

    static String act(long id, RedirectAttributes redirect, String done, String anchor, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            if (e.status().value() == 404 && e.messageCode().equals("seminar.notFound")) {
                throw e;
            }
            by.egov.academy.platform.Flash.error(redirect, e);
        }
        return "redirect:/manage/seminars/" + id + anchor;
    }
}
