package org.vigil.core.json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into short messages a researcher can act on. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** The path of the failing value relative to the document root, as {@code $.persons[2].sex}. */
    static String path(JacksonException e) {
        return path("$", e.getPath());
    }

    static String path(String root, List<JacksonException.Reference> refs) {
        StringBuilder s = new StringBuilder(root);
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                s.append('.').append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    /** The line the parser had reached, or 0. */
    static int line(JacksonException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    /** A message without Java class names. */
    static String message(JacksonException e) {
        if (e instanceof PropertyBindingException p) {
            String known = p.getKnownPropertyIds() == null ? "" : p.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + p.getPropertyName() + "'" + (known.isEmpty() ? "" : "; known fields: " + known);
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null
                && e.getCause().getMessage() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof InvalidTypeIdException t) {
            return "'" + t.getTypeId() + "' is not a known type here: " + simplify(e.getOriginalMessage());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            return root.getMessage();
        }
        return simplify(e.getOriginalMessage());
    }

    private static String simplify(String message) {
        if (message == null) {
            return "invalid value";
        }
        return message.replaceAll("`?(?:java\\.(?:lang|util)|org\\.vigil\\.core\\.[a-z]+)\\.([A-Za-z$]+)`?", "$1")
                .replaceAll("`", "'")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
