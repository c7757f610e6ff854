package com.yiti.platform.web;

import com.yiti.platform.TransactionRetry;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of every module's JSON API as RFC 9457 problem details with a {@code code} at the top level (and
 * {@code errors} per field where a field is at fault): 400 with field errors, 403, 404 for records that do not exist
 * or lie outside the caller's scope, 409 for concurrent changes, 422 for business rules, 503 for a lock conflict,
 * 500 for anything else.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String code, String message) {}

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "Validation failed", "The request has invalid fields.", "validation.failed");
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(this::toProblem)
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring's own 4xx (unreadable JSON, a wrong type, a missing parameter): the same shape, with a code. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", "request.invalid");
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such record.", "record.notFound");
    }

    @ExceptionHandler({ConcurrentChangeException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(
                HttpStatus.CONFLICT,
                "Conflict",
                message("record.changedByOther", new Object[0]),
                "record.changedByOther");
    }

    /** A deadlock victim: the request's transaction owner runs it once more; if it cannot, the client may. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ProblemDetail lockConflict(PessimisticLockingFailureException e, HttpServletRequest request) {
        request.setAttribute(TransactionRetry.RETRYABLE_REQUEST, Boolean.TRUE);
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Busy",
                "The request met a conflicting one; nothing was changed. Send it again.",
                "request.lockConflict");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your roles do not allow this.", "auth.forbidden");
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        String text = message(e.code(), e.args());
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Business rule", text, e.code());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.code(), text)));
        }
        return problem;
    }

    /**
     * The database refused a value: out of a column's range (a safety net behind the range checks at the edge) is the
     * client's 400; anything else (a duplicate that raced past its check) a 409 to retry.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail refused(org.springframework.dao.DataIntegrityViolationException e) {
        Throwable root = e.getMostSpecificCause();
        boolean range = root instanceof java.sql.SQLException sql && "22003".equals(sql.getSQLState())
                || String.valueOf(root.getMessage()).contains("Out of range");
        return range
                ? problem(HttpStatus.BAD_REQUEST, "Value out of range", "A number is too large.", "value.outOfRange")
                : problem(
                        HttpStatus.CONFLICT,
                        "Conflict",
                        message("record.changedByOther", new Object[0]),
                        "record.conflict");
    }

    /** Anything unforeseen: logged with its cause, answered in the one problem shape without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on our side; nothing was changed. The error is logged.",
                "server.error");
    }

    /** The one shape of every API error: RFC 9457 with a machine-readable {@code code} at the top level. */
    static ProblemDetail problem(HttpStatus status, String title, String detail, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    private FieldProblem toProblem(FieldError error) {
        return new FieldProblem(
                error.getField(), error.getCode(), messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    private String message(String code, Object[] args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
