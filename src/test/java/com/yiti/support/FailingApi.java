package com.yiti.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: an API route that fails unexpectedly, to check how any 500 is answered. */
@RestController
class FailingApi {

    @GetMapping("/api/v1/test-only/failure")
    String fail() {
        throw new IllegalStateException("an unforeseen failure with internals: jdbc:secret");
    }
}
