package org.vigil.app.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.app.web.security.Caller;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.app.web.records.VisibleRecords;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.UUID;

/**
 * The REST API, {@code /api/v1/<records>}: list (paged), read, create, replace and delete any record
 * type, as JSON in the data set format. Every response applies the caller's access: a record the caller
 * may not see does not exist for them.
 */
@RestController
@RequestMapping(value = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class RecordApi {

    static final int MAX_PAGE_SIZE = 200;

    private final Store store;
    private final Caller caller;
    private final VisibleRecords records;
    private final RecordListing listing;

    /** The API over the application's store. */
    public RecordApi(Store store, Caller caller, VisibleRecords records, RecordListing listing) {
        this.store = store;
        this.caller = caller;
        this.records = records;
        this.listing = listing;
    }

    /** A page of visible records of a type, optionally filtered. */
    @GetMapping("/{collection}")
    public ResponseEntity<String> list(@PathVariable String collection, @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size,
                                       @RequestParam(defaultValue = "") String q,
                                       @RequestParam(defaultValue = "") String category,
                                       @RequestParam(defaultValue = "") String from,
                                       @RequestParam(defaultValue = "") String to) {
        RecordType type = type(collection);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1-" + MAX_PAGE_SIZE);
        }
        RecordListing.Page result = listing.page(type, q, category, from, to, page, size);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("page", page);
        body.put("size", size);
        body.put("total", result.total());
        ArrayNode items = body.putArray("items");
        result.records().forEach(r -> items.add((JsonNode) VigilJson.MAPPER.valueToTree(r)));
        return json(HttpStatus.OK, body);
    }

    /** One record. */
    @GetMapping("/{collection}/{id}")
    public ResponseEntity<String> get(@PathVariable String collection, @PathVariable String id) {
        RecordType type = type(collection);
        Record r = existing(type, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(VigilJson.write(r));
    }

    /** Creates a record; the id is generated when the body has none. */
    @PostMapping(value = "/{collection}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> create(@PathVariable String collection, @RequestBody String body) {
        RecordType type = type(collection);
        ObjectNode node = parse(body);
        if (!node.hasNonNull("id") || node.get("id").asString().isBlank()) {
            node.put("id", type.code().replace("_", "") + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        String id = node.get("id").asString();
        if (store.records().findVersion(id).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "id '" + id + "' is taken: use PUT to change that record "
                    + "or choose another id");
        }
        Record r = save(type, node);
        return ResponseEntity.created(URI.create("/api/v1/" + collection + "/" + id))
                .contentType(MediaType.APPLICATION_JSON).body(VigilJson.write(r));
    }

    /** Replaces a record with a new version. */
    @PutMapping(value = "/{collection}/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> replace(@PathVariable String collection, @PathVariable String id,
                                          @RequestBody String body) {
        RecordType type = type(collection);
        existing(type, id);
        ObjectNode node = parse(body);
        if (node.hasNonNull("id") && !node.get("id").asString().equals(id)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the body's id '" + node.get("id").asString()
                    + "' differs from the URL's '" + id + "'");
        }
        node.put("id", id);
        Record r = save(type, node);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(VigilJson.write(r));
    }

    /** Deletes a record (a new version marks the deletion; history stays). */
    @DeleteMapping("/{collection}/{id}")
    public ResponseEntity<Void> delete(@PathVariable String collection, @PathVariable String id,
                                       @RequestParam(defaultValue = "deleted through the API") String reason) {
        RecordType type = type(collection);
        existing(type, id);
        store.records().delete(id, caller.actor(), reason);
        return ResponseEntity.noContent().build();
    }

    private Record save(RecordType type, ObjectNode node) {
        node.put("type", type.code());
        Record record;
        try {
            record = VigilJson.MAPPER.treeToValue(node, Record.class);
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid " + type.code() + ": "
                    + e.getOriginalMessage().replaceAll("`?[a-z]+(\\.[a-z]+)+\\.([A-Za-z]+)`?", "$2"));
        }
        return records.save(record);
    }

    /** The record of the collection's type as the caller may see it; any other is 404 in the API's words. */
    private Record existing(RecordType type, String id) {
        return records.find(id).filter(x -> x.recordType() == type)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no " + type.code() + " '" + id + "'"));
    }

    private static ObjectNode parse(String body) {
        try {
            JsonNode node = VigilJson.MAPPER.readTree(body);
            if (!(node instanceof ObjectNode object)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "the body must be a JSON object");
            }
            return object;
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static RecordType type(String collection) {
        for (RecordType t : RecordType.values()) {
            if (t.plural().equals(collection)) {
                return t;
            }
        }
        throw new ApiException(HttpStatus.NOT_FOUND, "no collection '" + collection + "': use one of events, acts, "
                + "persons, organisations, involvements, proceedings, interventions, sources, eventLinks, cases");
    }

    private static ResponseEntity<String> json(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(VigilJson.MAPPER.writeValueAsString(body));
    }
}
