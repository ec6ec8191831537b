package org.vigil.app.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vigil.app.web.estimate.EstimateApi;
import org.vigil.app.web.report.ReportApi;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.json.VigilJson;
import org.vigil.store.StoreException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Errors of every API controller as JSON: {@code {"status":400,"error":"…","problems":[…]}}. */
@RestControllerAdvice(assignableTypes = {RecordApi.class, EstimateApi.class, ReportApi.class})
public class ApiErrors {

    /** The error with the status it stands for: the API's own, 409 for a store conflict, else 400. */
    @ExceptionHandler({ApiException.class, InvalidDataException.class, StoreException.class,
            IllegalArgumentException.class})
    public ResponseEntity<String> error(RuntimeException e) {
        HttpStatus status = e instanceof ApiException a ? a.status()
                : e instanceof StoreException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", status.value());
        body.put("error", e.getMessage());
        if (e instanceof InvalidDataException invalid) {
            ArrayNode problems = body.putArray("problems");
            invalid.problems().forEach(p -> problems.addObject().put("field", p.location()).put("message", p.message()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(VigilJson.MAPPER.writeValueAsString(body));
    }
}
