package org.vigil.core.json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field paths ({@code names[0].value}, {@code step.charges[1].text}) between JSON trees and flat
 * path–value pairs: the CSV data set format, web forms and history diffs all use them.
 */
public final class FieldPaths {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private FieldPaths() {
    }

    /** Every scalar of a JSON tree by path, in document order. */
    public static Map<String, String> flatten(JsonNode node) {
        List<String[]> rows = new ArrayList<>();
        flatten("", node, rows);
        Map<String, String> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r[0], r[1]));
        return map;
    }

    /** Appends {path, text} for every scalar under a node, with paths such as {@code names[0].value}. */
    public static void flatten(String path, JsonNode node, List<String[]> rows) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), rows);
            }
        } else {
            rows.add(new String[]{path, node.asString()});
        }
    }

    /** Sets a scalar at a path such as {@code step.charges[1].text}, creating objects and arrays on the way. */
    public static void set(ObjectNode root, String path, String value) {
        String[] segments = path.split("\\.");
        JsonNode current = root;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + path + "' is not a field path: write names like "
                        + "title, names[0].value or step.charges[1].text");
            }
            String name = m.group(1);
            List<Integer> indices = new ArrayList<>();
            Matcher im = INDEX.matcher(m.group(2));
            while (im.find()) {
                indices.add(Integer.parseInt(im.group(1)));
            }
            boolean last = s == segments.length - 1;
            ObjectNode obj = (ObjectNode) current;
            if (indices.isEmpty()) {
                if (last) {
                    obj.put(name, value);
                } else {
                    JsonNode child = obj.get(name);
                    if (child == null) {
                        child = obj.putObject(name);
                    } else if (!child.isObject()) {
                        throw new IllegalArgumentException("'" + path + "' treats '" + name + "' as an object "
                                + "but another row gives it a value");
                    }
                    current = child;
                }
                continue;
            }
            JsonNode arr = obj.get(name);
            if (arr == null) {
                arr = obj.putArray(name);
            }
            for (int k = 0; k < indices.size(); k++) {
                int index = indices.get(k);
                ArrayNode array = (ArrayNode) arr;
                if (index > array.size()) {
                    throw new IllegalArgumentException("'" + path + "': item [" + index + "] comes before item ["
                            + array.size() + "]; list items must be numbered 0, 1, 2… in order");
                }
                boolean lastIndex = k == indices.size() - 1;
                if (lastIndex && last) {
                    if (index < array.size()) {
                        throw new IllegalArgumentException("'" + path + "' is given twice");
                    }
                    array.add(value);
                } else {
                    if (index == array.size()) {
                        array.add(lastIndex ? JsonNodeFactory.instance.objectNode()
                                : JsonNodeFactory.instance.arrayNode());
                    }
                    arr = array.get(index);
                }
            }
            current = arr;
        }
    }
}
