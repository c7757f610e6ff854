package com.yiti.contract.web;

import com.yiti.contract.ContractData;
import com.yiti.contract.ContractFilter;
import com.yiti.contract.ContractManagement;
import com.yiti.contract.ContractStatus;
import com.yiti.contract.ContractView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contracts as JSON, in the caller's scope: read by sales, managers and finance; written by reps and sales managers. */
@RestController
@Tag(
        name = "Contracts",
        description = "Contracts with customers: value, validity, approval, signature, orders under them")
class ContractApiController {

    private final ContractManagement contracts;

    ContractApiController(ContractManagement contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/api/v1/contracts")
    PageResponse<ContractView> list(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) ContractStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                contracts.list(
                        new ContractFilter(customerId, status, q),
                        Paging.of(page, size, null, Set.of(), Sort.unsorted())),
                v -> v);
    }

    @GetMapping("/api/v1/contracts/{id}")
    ContractView get(@PathVariable long id) {
        return contracts.get(id);
    }

    @PostMapping("/api/v1/contracts")
    @ResponseStatus(HttpStatus.CREATED)
    ContractView create(@RequestBody ContractData data) {
        return contracts.create(data);
    }

    @PutMapping("/api/v1/contracts/{id}")
    @Operation(summary = "Change a draft's terms (with the version read)")
    ContractView update(@PathVariable long id, @RequestParam long version, @RequestBody ContractData data) {
        return contracts.update(id, version, data);
    }

    @PostMapping("/api/v1/contracts/{id}/submit")
    @Operation(summary = "Send a draft into the CONTRACT approval flow (no-op when no step applies to its value)")
    ContractView submit(@PathVariable long id, @RequestParam long version) {
        return contracts.submit(id, version);
    }

    record Signature(LocalDate signedOn) {}

    @PostMapping("/api/v1/contracts/{id}/sign")
    @Operation(summary = "Record the signature (refused while a required approval is missing)")
    ContractView sign(@PathVariable long id, @RequestParam long version, @RequestBody Signature body) {
        return contracts.sign(id, version, body == null ? null : body.signedOn(), null, null);
    }

    @PostMapping("/api/v1/contracts/{id}/complete")
    ContractView complete(@PathVariable long id, @RequestParam long version) {
        return contracts.complete(id, version);
    }

    record Termination(String reason) {}

    @PostMapping("/api/v1/contracts/{id}/terminate")
    ContractView terminate(@PathVariable long id, @RequestParam long version, @RequestBody Termination body) {
        return contracts.terminate(id, version, body == null ? null : body.reason());
    }
}
