package org.vigil.app.web.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.core.provenance.VigilVersion;
import org.vigil.core.count.Count;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.PartialDate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The OpenAPI 3.1 description of the REST API, generated from the record model so it cannot drift. */
@RestController
public class OpenApiDocument {

    private final String document = build();

    /** The document. */
    @GetMapping(value = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public String openapi() {
        return document;
    }

    static String build() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Vigil REST API");
        info.put("version", VigilVersion.current());
        info.put("description", "Records of human-rights documentation (HURIDOCS Events Standard Formats). "
                + "Authenticate with 'Authorization: Bearer <token>' (create tokens on your account page). "
                + "Records you may not see do not exist for you; sensitive fields are omitted unless your role may read them.");
        ObjectNode components = root.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        root.putArray("security").addObject().putArray("bearer");
        ObjectNode schemas = components.putObject("schemas");
        schemas.putObject("PartialDate").put("type", "string")
                .put("pattern", "^((early|mid|late) )?\\d{4}(-\\d{2}(-\\d{2})?)?$")
                .put("description", "A date with the precision the source gave: 2012, 2012-01, 2012-01-23, late 2012-01");
        ObjectNode error = schemas.putObject("Error").put("type", "object");
        error.putObject("properties").putObject("error").put("type", "string");
        ObjectNode paths = root.putObject("paths");
        for (RecordType t : RecordType.values()) {
            schema(t.javaType(), schemas);
            ((ObjectNode) schemas.get(t.javaType().getSimpleName())).putObject("properties").putObject("type")
                    .put("const", t.code());
            String ref = "#/components/schemas/" + t.javaType().getSimpleName();
            ObjectNode collection = paths.putObject("/api/v1/" + t.plural());
            ObjectNode list = collection.putObject("get");
            list.put("summary", "List " + t.plural() + " you may see");
            ArrayNode params = list.putArray("parameters");
            for (String p : List.of("page", "size", "q", "category", "from", "to")) {
                params.addObject().put("name", p).put("in", "query").putObject("schema")
                        .put("type", p.equals("page") || p.equals("size") ? "integer" : "string");
            }
            ObjectNode page = list.putObject("responses").putObject("200").put("description", "a page")
                    .putObject("content").putObject("application/json").putObject("schema").put("type", "object");
            ObjectNode props = page.putObject("properties");
            props.putObject("items").put("type", "array").putObject("items").put("$ref", ref);
            props.putObject("total").put("type", "integer");
            ObjectNode create = collection.putObject("post");
            create.put("summary", "Create a " + t.code().replace('_', ' '));
            create.putObject("requestBody").putObject("content").putObject("application/json").putObject("schema")
                    .put("$ref", ref);
            create.putObject("responses").putObject("201").put("description", "created");
            ObjectNode item = paths.putObject("/api/v1/" + t.plural() + "/{id}");
            item.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
            item.putObject("get").put("summary", "Read a " + t.code().replace('_', ' ')).putObject("responses")
                    .putObject("200").put("description", "the record").putObject("content")
                    .putObject("application/json").putObject("schema").put("$ref", ref);
            ObjectNode put = item.putObject("put");
            put.put("summary", "Replace (save a new version)");
            put.putObject("requestBody").putObject("content").putObject("application/json").putObject("schema")
                    .put("$ref", ref);
            put.putObject("responses").putObject("200").put("description", "the new version");
            item.putObject("delete").put("summary", "Delete (history is kept)").putObject("responses")
                    .putObject("204").put("description", "deleted");
        }
        ObjectNode estimate = paths.putObject("/api/v1/estimates").putObject("post");
        estimate.put("summary", "Estimate the total number of victims from overlapping lists (the JSON of 'vigil estimate')");
        ArrayNode estimateParams = estimate.putArray("parameters");
        estimateParams.addObject().put("name", "method").put("in", "query").putObject("schema").put("type", "string")
                .putArray("enum").add("lcmcr").add("loglinear").add("dga").add("lincoln-petersen").add("chao");
        estimateParams.addObject().put("name", "seed").put("in", "query").putObject("schema").put("type", "integer");
        estimateParams.addObject().put("name", "sources").put("in", "query").put("description",
                "comma-separated source ids whose victims form the lists (instead of a CSV body)")
                .putObject("schema").put("type", "string");
        estimate.putObject("requestBody").putObject("content").putObject("text/csv").putObject("schema")
                .put("type", "string");
        estimate.putObject("responses").putObject("200").put("description", "the estimate").putObject("content")
                .putObject("application/json").putObject("schema").put("type", "object");
        ObjectNode report = paths.putObject("/api/v1/reports").putObject("get");
        report.put("summary", "The country entry for a year, written from the records you may see "
                + "(public unless audience=internal and your role may see non-public records)");
        ArrayNode reportParams = report.putArray("parameters");
        reportParams.addObject().put("name", "country").put("in", "query").put("required", true)
                .putObject("schema").put("type", "string").put("pattern", "^[A-Za-z]{2}$");
        reportParams.addObject().put("name", "year").put("in", "query").put("required", true)
                .putObject("schema").put("type", "integer");
        reportParams.addObject().put("name", "audience").put("in", "query").putObject("schema").put("type", "string")
                .putArray("enum").add("public").add("internal");
        reportParams.addObject().put("name", "language").put("in", "query").putObject("schema").put("type", "string")
                .putArray("enum").add("en").add("ru");
        reportParams.addObject().put("name", "format").put("in", "query").putObject("schema").put("type", "string")
                .putArray("enum").add("md").add("html").add("pdf");
        ObjectNode reportResponses = report.putObject("responses");
        ObjectNode files = reportResponses.putObject("200").put("description", "the entry as a file").putObject("content");
        for (String type : List.of("text/markdown", "text/html", "application/pdf")) {
            files.putObject(type).putObject("schema").put("type", "string").put("format", "binary");
        }
        reportResponses.putObject("400").put("description", "a parameter is wrong (named in the error)");
        reportResponses.putObject("403").put("description", "the internal version for a public-only role");
        return VigilJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode schema(Class<?> type, ObjectNode schemas) {
        String name = type.getSimpleName();
        if (schemas.has(name)) {
            return (ObjectNode) schemas.get(name);
        }
        ObjectNode s = schemas.putObject(name);
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = s.putArray("required");
        for (RecordComponent c : type.getRecordComponents()) {
            Type t = c.getGenericType();
            boolean optional = raw(t) == Optional.class || raw(t) == List.class || raw(t) == boolean.class;
            props.set(c.getName(), property(t, schemas));
            if (!optional) {
                required.add(c.getName());
            }
        }
        return s;
    }

    private static ObjectNode property(Type t, ObjectNode schemas) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Class<?> raw = raw(t);
        if (raw == Optional.class) {
            return property(((ParameterizedType) t).getActualTypeArguments()[0], schemas);
        }
        if (raw == List.class) {
            ObjectNode array = f.objectNode().put("type", "array");
            array.set("items", property(((ParameterizedType) t).getActualTypeArguments()[0], schemas));
            return array;
        }
        if (raw == String.class) {
            return f.objectNode().put("type", "string");
        }
        if (raw == PartialDate.class) {
            return f.objectNode().put("$ref", "#/components/schemas/PartialDate");
        }
        if (raw == boolean.class) {
            return f.objectNode().put("type", "boolean");
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return f.objectNode().put("type", "integer").put("minimum", 0);
        }
        if (raw.isEnum()) {
            ObjectNode e = f.objectNode().put("type", "string");
            ArrayNode values = e.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                try {
                    values.add((String) constant.getClass().getMethod("code").invoke(constant));
                } catch (ReflectiveOperationException ex) {
                    values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
                }
            }
            return e;
        }
        if (raw == ProceedingStep.class) {
            ObjectNode one = f.objectNode();
            ArrayNode options = one.putArray("oneOf");
            one.putObject("discriminator").put("propertyName", "kind");
            for (JsonSubTypes.Type sub : ProceedingStep.class.getAnnotation(JsonSubTypes.class).value()) {
                ObjectNode s = schema(sub.value(), schemas);
                ((ObjectNode) s.get("properties")).putObject("kind").put("const", sub.name());
                options.addObject().put("$ref", "#/components/schemas/" + sub.value().getSimpleName());
            }
            return one;
        }
        if (raw.isRecord() || raw == Count.class) {
            schema(raw, schemas);
            return f.objectNode().put("$ref", "#/components/schemas/" + raw.getSimpleName());
        }
        return f.objectNode();
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }
}
