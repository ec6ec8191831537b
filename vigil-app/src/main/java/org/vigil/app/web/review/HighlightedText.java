package org.vigil.app.web.review;

import org.vigil.core.model.TextSpan;
import org.vigil.extract.facts.Fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's text as HTML with every evidence span marked, each fact's first span carrying an anchor
 * so the fact list can point into the text, each mark's tooltip saying which facts it supports in words.
 * All text is escaped; only the marks are markup.
 */
final class HighlightedText {

    private HighlightedText() {
    }

    /**
     * @param captions for each fact id, the words a mark's tooltip shows ("Person: Lena Okafor")
     */
    static String html(String text, List<Fact> facts, Map<String, String> captions) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Fact f : facts) {
            for (TextSpan s : f.evidence()) {
                cuts.add(Math.max(0, Math.min(text.length(), s.start())));
                cuts.add(Math.max(0, Math.min(text.length(), s.end())));
            }
        }
        StringBuilder html = new StringBuilder();
        List<Integer> points = new ArrayList<>(cuts);
        Set<String> anchored = new HashSet<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            int from = points.get(i);
            int to = points.get(i + 1);
            List<String> covering = new ArrayList<>();
            for (Fact f : facts) {
                for (TextSpan s : f.evidence()) {
                    if (s.start() <= from && s.end() >= to) {
                        covering.add(f.id());
                        break;
                    }
                }
            }
            String piece = escape(text.substring(from, to));
            if (covering.isEmpty()) {
                html.append(piece);
                continue;
            }
            List<String> titles = covering.stream().map(id -> captions.getOrDefault(id, "")).distinct().toList();
            html.append("<mark title=\"").append(escape(String.join("; ", titles))).append('"');
            for (String id : covering) {
                if (anchored.add(id)) {
                    html.append(" id=\"span-").append(escape(id)).append('"');
                    break;
                }
            }
            html.append('>').append(piece).append("</mark>");
        }
        return html.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
