package com.yiti.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else saved the record after the caller loaded it; the caller's change is refused, not merged. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String type, Object id) {
        super(type + " " + id + " was changed by someone else");
    }
}
