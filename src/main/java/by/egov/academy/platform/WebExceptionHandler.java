package by.egov.academy.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Domain refusals on pages: the error page with the status and a message in the user's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class WebExceptionHandler {

    private final MessageSource messages;

    WebExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The way back from a refusal: the page the user came from when it is one of ours (the Referer of a form's
     * post), so a refused change ends with a link to where the user was, not only to the home page.
     */
    static String backUrl(jakarta.servlet.http.HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
                return null;
            }
            path = path.substring(request.getContextPath().length());
            String back = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            String here = request.getRequestURI().substring(request.getContextPath().length());
            return back.equals(here) || back.equals("/") ? null : back;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model, Locale locale,
                  jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("backUrl", backUrl(request));
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("detail", messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale));
        return "error";
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute("detail", messages.getMessage("error.413", null, locale));
        return "error";
    }

    /** A rule the database enforces that no check above caught: refused, not a server error. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String integrity(HttpServletResponse response, Model model, Locale locale,
                     jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("backUrl", backUrl(request));
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("detail", messages.getMessage("error.conflict", null, locale));
        return "error";
    }

    @ExceptionHandler(java.time.DateTimeException.class)
    String dateTime(HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("detail", messages.getMessage("time.outOfRange", null, locale));
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model, Locale locale,
                    jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("backUrl", backUrl(request));
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("detail", messages.getMessage("error.typeMismatch.field", new Object[]{e.getName()}, locale));
        return "error";
    }
}
