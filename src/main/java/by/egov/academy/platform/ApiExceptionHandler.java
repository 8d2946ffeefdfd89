package by.egov.academy.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 problem JSON in the caller's language, with {@code errors[].field}
 * naming what to fix. Applies to {@code @RestController}s only; pages have their own handling.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
    ProblemDetail invalid(BindException e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : e.getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", text(fe, locale)));
        }
        e.getGlobalErrors().forEach(ge -> errors.add(Map.of("field", "", "message", text(ge, locale))));
        return problem(HttpStatus.BAD_REQUEST, text("error.validation", locale), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", text(err, locale)))));
        return problem(HttpStatus.BAD_REQUEST, text("error.validation", locale), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        String field = fieldOf(e);
        List<Map<String, String>> errors = field == null ? List.of()
                : List.of(Map.of("field", field, "message", text("error.typeMismatch", locale)));
        return problem(HttpStatus.BAD_REQUEST, text("error.unreadable", locale), errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, text("error.validation", locale),
                List.of(Map.of("field", e.getName(), "message", text("error.typeMismatch", locale))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, text("error.validation", locale),
                List.of(Map.of("field", e.getParameterName(), "message", text("NotBlank", locale))));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, Locale locale) {
        String message = messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale);
        List<Map<String, String>> errors = e.field() == null ? List.of()
                : List.of(Map.of("field", e.field(), "message", message));
        return problem(e.status(), message, errors);
    }

    @ExceptionHandler(java.time.DateTimeException.class)
    ProblemDetail dateTime(java.time.DateTimeException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, text("time.outOfRange", locale), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, text("error.conflict", locale), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, text("error.403", locale), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, Locale locale) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, text("error.405", locale), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("error.415", locale), List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, text("error.413", locale), List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, text("error.404", locale), List.of());
    }

    private ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }

    private String text(MessageSourceResolvable r, Locale locale) {
        return messages.getMessage(r, locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[]{code}, code), locale);
    }

    /**
     * Jackson names the JSON path of a value it could not read (wrong type, a number out of range, a
     * value over the stream limits); the client needs that name, an element as {@code expertIds[0]}.
     */
    private static String fieldOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof tools.jackson.core.JacksonException je && !je.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var ref : je.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
            cause = cause.getCause();
        }
        return null;
    }
}
