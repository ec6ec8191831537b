package org.vigil.core.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.HashMap;
import java.util.Map;

/** The line on which each value of a JSON text starts, so later checks can point into the file. */
final class JsonLines {

    private final Map<String, Integer> lineByPointer;

    private JsonLines(Map<String, Integer> lineByPointer) {
        this.lineByPointer = lineByPointer;
    }

    /** Indexes a JSON text that is known to parse. */
    static JsonLines of(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = VigilJson.MAPPER.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(p.streamReadContext().pathAsPointer().toString(),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (JacksonException e) {
            // The caller parsed the text before; a failure here only loses line numbers.
        }
        return new JsonLines(lines);
    }

    /**
     * The line of a value by its JSON path ({@code $.persons[2].names[0]}), falling back to the
     * nearest enclosing value that has one; 0 when none.
     */
    int lineOf(String jsonPath) {
        String pointer = jsonPath.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        while (true) {
            Integer line = lineByPointer.get(pointer);
            if (line != null) {
                return line;
            }
            int cut = pointer.lastIndexOf('/');
            if (cut < 0) {
                return 0;
            }
            pointer = pointer.substring(0, cut);
        }
    }
}
