package org.vigil.app.web.estimate;

import org.vigil.estimate.data.CaptureData;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lists made from the store's sources: their data, each list's title, and how many people are on it.
 * Lists are named by source id in the data (so results are reproducible from ids) and by title on pages.
 *
 * @param data   the capture histories of the chosen lists
 * @param titles each list's source title by source id
 * @param people how many linked people each list names, by source id
 */
record StoreLists(CaptureData data, Map<String, String> titles, Map<String, Integer> people) {

    /** Copies the maps. */
    StoreLists {
        titles = Map.copyOf(titles);
        people = Map.copyOf(people);
    }

    /** "‘A’, ‘B’ and ‘C’": the titles of lists for a sentence. */
    static String quoted(List<String> ids, Map<String, String> titles) {
        List<String> q = ids.stream().map(id -> "‘" + titles.getOrDefault(id, id) + "’").toList();
        if (q.size() <= 1) {
            return String.join("", q);
        }
        return q.subList(0, q.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + q.get(q.size() - 1);
    }

    /** A message of the estimation engine with each list's id ('src-x') replaced by its title. */
    static String withTitles(String message, Map<String, String> titles) {
        String out = message;
        // longer ids first, so that 'src-ab' is not taken for 'src-a' followed by 'b'
        List<Map.Entry<String, String>> byLength = titles.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();
        for (Map.Entry<String, String> e : byLength) {
            out = out.replace("'" + e.getKey() + "'", "‘" + e.getValue() + "’").replace(e.getKey(), "‘" + e.getValue() + "’");
        }
        return out;
    }
}
