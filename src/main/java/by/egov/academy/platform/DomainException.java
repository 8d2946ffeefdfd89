package by.egov.academy.platform;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can understand: carries a message code (resolved in the user's language), its
 * arguments, the HTTP status it maps to and, where it concerns one input, the field.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String messageCode;
    private final Object[] args;
    private final String field;

    public DomainException(HttpStatus status, String messageCode, String field, Object... args) {
        super(messageCode);
        this.status = status;
        this.messageCode = messageCode;
        this.field = field;
        // ids must read as 1234567, not as the locale's grouped number 1 234 567
        this.args = java.util.Arrays.stream(args)
                .map(a -> a instanceof Long || a instanceof Integer ? String.valueOf(a) : a).toArray();
    }

    public static DomainException notFound(String messageCode, Object... args) {
        return new DomainException(HttpStatus.NOT_FOUND, messageCode, null, args);
    }

    public static DomainException conflict(String messageCode, String field, Object... args) {
        return new DomainException(HttpStatus.CONFLICT, messageCode, field, args);
    }

    public static DomainException invalid(String messageCode, String field, Object... args) {
        return new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, messageCode, field, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }
}
