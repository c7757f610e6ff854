package com.yiti.finance.web;

import com.yiti.finance.CustomerStatements;
import com.yiti.platform.PrintedDocuments;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer statement (对账单) as PDF, from finance's credit page and from the API; the period defaults to this
 * year until today.
 */
@RestController
class StatementController {

    private final CustomerStatements statements;

    StatementController(CustomerStatements statements) {
        this.statements = statements;
    }

    @GetMapping({"/finance/customers/{id}/statement.pdf", "/api/v1/customers/{id}/statement.pdf"})
    @Operation(
            summary = "The customer statement (对账单) as PDF: opening balance, invoices, credit notes and payments of"
                    + " the period (from, to: yyyy-mm-dd; this year by default), closing balance")
    ResponseEntity<byte[]> statement(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String lang) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        return PrintedDocuments.response(
                "statement-" + id + "-" + start + "-" + end, statements.statementPdf(id, start, end, lang));
    }

    @GetMapping({"/finance/customers/{id}/statement.xlsx", "/api/v1/customers/{id}/statement.xlsx"})
    @Operation(summary = "The customer statement (对账单) as an Excel workbook, same period rules as the PDF")
    ResponseEntity<byte[]> statementXlsx(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String lang) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        return ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"statement-" + id + "-" + start + "-" + end + ".xlsx\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(statements.statementXlsx(id, start, end, lang));
    }

    /** The statement and the customer's answers to earlier ones, as JSON. */
    record StatementBody(CustomerStatements.Statement statement, java.util.List<CustomerStatements.Reply> replies) {}

    @GetMapping("/api/v1/customers/{id}/statement")
    @Operation(summary = "The customer statement (对账单) as JSON, with the customer's answers to statements")
    StatementBody statementJson(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        return new StatementBody(statements.statement(id, start, end), statements.replies(id));
    }

    record ReplyBody(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            String status,
            String note) {}

    @org.springframework.web.bind.annotation.PostMapping("/api/v1/customers/{id}/statement/replies")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @Operation(
            summary = "Record the customer's answer to the statement of a period: CONFIRMED, or DISPUTED with a note")
    CustomerStatements.Reply reply(
            @PathVariable long id, @org.springframework.web.bind.annotation.RequestBody ReplyBody body) {
        return statements.recordReply(id, body.from(), body.to(), body.status(), body.note());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
