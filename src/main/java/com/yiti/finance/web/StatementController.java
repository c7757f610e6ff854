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
}
