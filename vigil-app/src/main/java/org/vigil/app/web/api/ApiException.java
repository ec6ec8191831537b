package org.vigil.app.web.api;

import org.springframework.http.HttpStatus;

/** An API request that cannot be served, with the HTTP status to answer. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final HttpStatus status;

    /** A failure with its status. */
    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status. */
    public HttpStatus status() {
        return status;
    }
}
