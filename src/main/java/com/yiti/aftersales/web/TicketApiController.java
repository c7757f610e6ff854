package com.yiti.aftersales.web;

import com.yiti.aftersales.CommentView;
import com.yiti.aftersales.SlaState;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketFilter;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketStatus;
import com.yiti.aftersales.TicketView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tickets as JSON: list, open, comments, status changes; scoped like the screens. */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "After-sales", description = "Service tickets with their SLA clock")
class TicketApiController {

    /** {@code internal} may be left out (a comment the customer may see); a missing primitive would refuse the request. */
    record NewComment(String body, Boolean internal) {}

    record StatusChange(
            @NotNull Long version, @NotNull TicketStatus status, String resolution, Integer csat, String csatComment) {}

    record Cause(@NotNull Long version, @NotNull com.yiti.aftersales.RootCause rootCause) {}

    private final TicketManagement tickets;
    private final com.yiti.aftersales.ServiceReports reports;

    TicketApiController(TicketManagement tickets, com.yiti.aftersales.ServiceReports reports) {
        this.tickets = tickets;
        this.reports = reports;
    }

    @GetMapping
    PageResponse<TicketView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) SlaState sla,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                tickets.search(
                        new TicketFilter(q, status, priority, assigneeId, customerId, sla),
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    /** SLA compliance and satisfaction of tickets resolved in a period, by agent, product or customer. */
    @GetMapping("/figures")
    List<com.yiti.aftersales.ServiceFigures> figures(
            @RequestParam com.yiti.aftersales.ServiceFigures.By by,
            @RequestParam
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate from,
            @RequestParam
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate to) {
        return reports.figures(by, from, to);
    }

    @GetMapping("/{id}")
    TicketView get(@PathVariable long id) {
        return tickets.get(id);
    }

    @PostMapping
    ResponseEntity<TicketView> open(@Validated @RequestBody TicketData body) {
        TicketView t = tickets.open(body);
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + t.id())).body(t);
    }

    @GetMapping("/{id}/comments")
    List<CommentView> comments(@PathVariable long id) {
        return tickets.comments(id);
    }

    @PostMapping("/{id}/comments")
    CommentView comment(@PathVariable long id, @RequestBody NewComment body) {
        return tickets.comment(id, body.body(), Boolean.TRUE.equals(body.internal()));
    }

    @PostMapping("/{id}/root-cause")
    TicketView rootCause(@PathVariable long id, @Validated @RequestBody Cause body) {
        return tickets.traceRootCause(id, body.version(), body.rootCause());
    }

    @PostMapping("/{id}/status")
    TicketView status(@PathVariable long id, @Validated @RequestBody StatusChange body) {
        return tickets.changeStatus(
                id, body.version(), body.status(), body.resolution(), body.csat(), body.csatComment());
    }
}
