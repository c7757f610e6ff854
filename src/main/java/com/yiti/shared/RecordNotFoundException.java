package com.yiti.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist or lies outside the caller's scope. Both answer 404, so that a URL naming another
 * rep's record reveals nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String type, Object id) {
        super(type + " " + id + " not found");
    }
}
