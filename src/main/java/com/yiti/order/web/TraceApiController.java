package com.yiti.order.web;

import com.yiti.inventory.LotView;
import com.yiti.order.LotTrace;
import com.yiti.order.LotTraces;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lots and serial numbers as JSON: find by number, trace one both ways. */
@RestController
@RequestMapping("/api/v1")
class TraceApiController {

    private final LotTraces traces;

    TraceApiController(LotTraces traces) {
        this.traces = traces;
    }

    @GetMapping("/lots")
    @Operation(summary = "Lots and serial numbers whose number starts with q, newest first")
    PageResponse<LotView> lots(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                traces.search(q, Paging.of(page, size, null, Set.of(), Sort.by(Sort.Order.desc("id")))), v -> v);
    }

    @GetMapping("/lots/{id}")
    @Operation(summary = "A lot traced: where it came from, where it is, every move, the customers who got it")
    LotTrace lot(@PathVariable long id) {
        return traces.trace(id);
    }

    @GetMapping("/serials/{number}")
    @Operation(summary = "A serial number (or lot) by its exact number, traced")
    List<LotTrace> serial(@PathVariable String number) {
        List<LotTrace> found = traces.numbered(number);
        if (found.isEmpty()) {
            throw new com.yiti.shared.RecordNotFoundException("Lot", number);
        }
        return found;
    }
}
