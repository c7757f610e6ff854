package com.yiti.integration.web;

import com.yiti.integration.internal.AsyncApiDocument;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The AsyncAPI document of the business events, beside the OpenAPI one ({@code /v3/api-docs}), for anyone signed in. */
@RestController
class AsyncApiController {

    private final AsyncApiDocument document;

    AsyncApiController(AsyncApiDocument document) {
        this.document = document;
    }

    @GetMapping(path = "/v3/asyncapi", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> asyncApi() {
        return document.document();
    }
}
