package com.yiti.aftersales.web;

import com.yiti.aftersales.Disposition;
import com.yiti.aftersales.ReturnData;
import com.yiti.aftersales.ReturnFilter;
import com.yiti.aftersales.ReturnManagement;
import com.yiti.aftersales.ReturnReason;
import com.yiti.aftersales.ReturnSettlement;
import com.yiti.aftersales.ReturnStatus;
import com.yiti.aftersales.ReturnView;
import com.yiti.shared.Limits;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
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

/** Returns (RMA) as JSON: list, authorise on a ticket, receive, credit, cancel; scoped like the screens. */
@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "After-sales", description = "Returns of shipped goods, restocked or quarantined, credited or replaced")
class ReturnApiController {

    /** Quantities per order line id. */
    record NewReturn(
            @NotNull Long ticketId,
            ReturnReason reason,
            ReturnSettlement settlement,
            String note,
            Map<Long, @Limits.Quantity BigDecimal> quantities) {}

    /** Disposition per return line id. */
    record Receipt(@NotNull Long version, Map<Long, Disposition> dispositions) {}

    record Versioned(@NotNull Long version) {}

    private final ReturnManagement returns;

    ReturnApiController(ReturnManagement returns) {
        this.returns = returns;
    }

    @GetMapping
    PageResponse<ReturnView> list(
            @RequestParam(required = false) ReturnStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                returns.search(
                        new ReturnFilter(status, q),
                        Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))),
                v -> v);
    }

    @GetMapping("/{id}")
    ReturnView get(@PathVariable long id) {
        return returns.get(id);
    }

    @PostMapping
    ResponseEntity<ReturnView> authorize(@Validated @RequestBody NewReturn body) {
        ReturnView r = returns.authorize(
                body.ticketId(), new ReturnData(body.reason(), body.settlement(), body.note(), body.quantities()));
        return ResponseEntity.created(URI.create("/api/v1/returns/" + r.id())).body(r);
    }

    @PostMapping("/{id}/receive")
    ReturnView receive(@PathVariable long id, @Validated @RequestBody Receipt body) {
        return returns.receive(id, body.version(), body.dispositions());
    }

    @PostMapping("/{id}/credit")
    ReturnView credit(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return returns.credit(id, body.version());
    }

    @PostMapping("/{id}/cancel")
    ReturnView cancel(@PathVariable long id, @Validated @RequestBody Versioned body) {
        return returns.cancel(id, body.version());
    }
}
