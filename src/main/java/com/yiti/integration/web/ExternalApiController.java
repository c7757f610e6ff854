package com.yiti.integration.web;

import com.yiti.integration.ExternalRecordView;
import com.yiti.integration.ExternalSync;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Records pushed by other systems under their own ids, again and again without duplicates. */
@RestController
@Tag(name = "External records")
class ExternalApiController {

    private final ExternalSync sync;

    ExternalApiController(ExternalSync sync) {
        this.sync = sync;
    }

    @PutMapping("/api/v1/external/{system}/{kind}/{externalId}")
    @Operation(
            summary = "Create (201) or change (200) the record that another system's id names; kind: customers or"
                    + " products, the body as in that kind's own API (POST /api/v1/customers, /api/v1/products)")
    ResponseEntity<ExternalRecordView> upsert(
            @PathVariable String system,
            @PathVariable String kind,
            @PathVariable String externalId,
            @RequestBody JsonNode body) {
        ExternalRecordView view = sync.upsert(system, kind, externalId, body);
        return ResponseEntity.status(view.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view);
    }

    @GetMapping("/api/v1/external/{system}/{kind}/{externalId}")
    @Operation(summary = "The record another system's id names (404 when none or not visible to you)")
    ExternalRecordView get(@PathVariable String system, @PathVariable String kind, @PathVariable String externalId) {
        return sync.get(system, kind, externalId);
    }
}
