package com.yiti.platform.web;

import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of every module's JSON API as RFC 9457 problem details: 400 with field errors, 404 for records that do not
 * exist or lie outside the caller's scope, 409 for concurrent changes, 422 for business rules.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String code, String message) {}

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle("Validation failed");
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(this::toProblem)
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record.");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler({ConcurrentChangeException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("record.changedByOther", new Object[0]));
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        String text = message(e.code(), e.args());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text);
        problem.setTitle("Business rule");
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.code(), text)));
        } else {
            problem.setProperty("code", e.code());
        }
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
