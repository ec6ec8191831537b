package org.vigil.app.web.estimate;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.app.web.api.ApiException;
import org.vigil.core.io.BadInputException;
import org.vigil.core.run.Progress;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureCsvReader;
import org.vigil.estimate.result.ResultJson;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code POST /api/v1/estimates}: an estimate from a CSV table of lists in the body ({@code text/csv}), or
 * from the lists of sources in the store ({@code ?sources=a,b,c}); the answer is the same JSON as
 * {@code vigil estimate}.
 */
@RestController
public class EstimateApi {

    private final EstimatePages pages;

    /** The API over the estimation page's data access. */
    public EstimateApi(EstimatePages pages) {
        this.pages = pages;
    }

    /** Runs an estimate synchronously. */
    @PostMapping(value = "/api/v1/estimates", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> estimate(@RequestParam(defaultValue = "lcmcr") String method,
                                           @RequestParam(defaultValue = "1") long seed,
                                           @RequestParam(defaultValue = "") List<String> sources,
                                           @RequestBody(required = false) String csv) {
        try {
            var data = sources.isEmpty()
                    ? new CaptureCsvReader().read(csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8),
                    "request body")
                    : pages.fromStore(new LinkedHashSet<>(sources));
            var result = new EstimationEngine().estimate(data,
                    EstimationRequest.defaults(Method.parse(method)).withSeed(seed), Progress.NONE);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ResultJson.write(result));
        } catch (IllegalArgumentException | BadInputException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
