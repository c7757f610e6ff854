package com.yiti.customer.web;

import com.yiti.customer.ContactView;
import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerTier;
import com.yiti.customer.CustomerView;
import com.yiti.customer.DuplicateCustomerException;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customers and contacts, scoped to the caller's own, team's or all records")
class CustomerApiController {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt", "tier", "status");

    private final CustomerManagement customers;

    CustomerApiController(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping
    @Operation(summary = "List customers (paged, filtered, sorted by name, createdAt, tier or status)")
    PageResponse<CustomerView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) CustomerTier tier,
            @RequestParam(required = false) CustomerStatus status,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return PageResponse.of(
                customers.search(
                        new CustomerFilter(q, ownerId, tier, status, region),
                        Paging.of(page, size, sort, SORTABLE, Sort.by("name").and(Sort.by("id")))),
                c -> c);
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable long id) {
        return customers.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a customer; 409 with the matches when the name looks like a duplicate")
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerForm body) {
        CustomerView created = customers.create(body.toData(), body.isDuplicateConfirmed());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a customer; send the version you read (409 if someone changed it since)")
    CustomerView update(@PathVariable long id, @Valid @RequestBody CustomerForm body) {
        return customers.update(id, body.getVersion(), body.toData());
    }

    @GetMapping("/{id}/contacts")
    List<ContactView> contacts(@PathVariable long id) {
        return customers.contacts(id);
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<ContactView> addContact(@PathVariable long id, @Valid @RequestBody ContactForm body) {
        ContactView created = customers.addContact(id, body.toData());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    ContactView updateContact(
            @PathVariable long id, @PathVariable long contactId, @Valid @RequestBody ContactForm body) {
        return customers.updateContact(id, contactId, body.getVersion(), body.toData());
    }

    @ExceptionHandler(DuplicateCustomerException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateCustomerException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Customers with a similar name exist. Send duplicateConfirmed=true to create it anyway.");
        problem.setTitle("Possible duplicate");
        problem.setProperty("matches", e.visibleMatches());
        problem.setProperty("hiddenMatches", e.hiddenMatches());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
