package org.vigil.link.internal.settings;

import org.vigil.core.dataset.Problem;
import org.vigil.link.settings.SettingsReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds unknown keys in a settings file with the line and column where each is written (data
 * binding into records only notices them at the end of the object).
 */
public final class SettingsKeys {

    static final Set<String> TOP = Set.of("description", "idColumn", "sourceColumn", "mode", "ignoreColumns",
            "missingValues", "fields", "blocking", "training", "trainingPairs", "threshold", "cohesion", "reviewBand",
            "reviewLimit", "seed", "uSampleSize", "emIterations", "maxPairs", "maxBlockSize");
    static final Set<String> FIELD = Set.of("name", "column", "columns", "kind", "termFrequency");

    private SettingsKeys() {
    }

    /** One problem per unknown key; nothing when the text is not JSON (data binding reports that). */
    public static List<Problem> unknown(String json, String file) {
        List<Problem> problems = new ArrayList<>();
        // each open container: its JSON path and, for objects, the keys allowed in it (null: any)
        Deque<String> paths = new ArrayDeque<>();
        Deque<Set<String>> allowed = new ArrayDeque<>();
        Deque<int[]> indexes = new ArrayDeque<>();
        String pendingName = null;
        try (JsonParser p = SettingsReader.MAPPER.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String here = paths.isEmpty() ? "$" : childPath(paths.peek(), indexes.peek(), pendingName);
                if (t == JsonToken.PROPERTY_NAME) {
                    pendingName = p.currentName();
                    Set<String> keys = allowed.peek();
                    if (keys != UNCHECKED && !keys.contains(pendingName)) {
                        TokenStreamLocation loc = p.currentTokenLocation();
                        problems.add(new Problem(file, loc.getLineNr(), "column " + loc.getColumnNr() + ", "
                                + paths.peek() + "." + pendingName, "unknown key '" + pendingName
                                + "': check its spelling; known keys here are " + String.join(", ", new TreeSet<>(keys))));
                    }
                    continue;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    Set<String> keys = UNCHECKED;
                    if (t == JsonToken.START_OBJECT) {
                        keys = paths.isEmpty() ? TOP : here.matches("\\$\\.fields\\[\\d+\\]") ? FIELD : UNCHECKED;
                    }
                    advance(indexes);
                    paths.push(here);
                    allowed.push(keys);
                    indexes.push(new int[]{t == JsonToken.START_ARRAY ? -1 : -2});
                    pendingName = null;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    paths.pop();
                    allowed.pop();
                    indexes.pop();
                } else {
                    advance(indexes);
                }
            }
        } catch (RuntimeException e) {
            return problems;
        }
        return problems;
    }

    /** Marker for containers whose keys are not checked (compared by identity). */
    private static final Set<String> UNCHECKED = new TreeSet<>();

    private static void advance(Deque<int[]> indexes) {
        if (!indexes.isEmpty() && indexes.peek()[0] >= -1) {
            indexes.peek()[0]++;
        }
    }

    private static String childPath(String parent, int[] index, String name) {
        if (index != null && index[0] >= -1) {
            return parent + "[" + (index[0] + 1) + "]";
        }
        return parent + "." + name;
    }
}
