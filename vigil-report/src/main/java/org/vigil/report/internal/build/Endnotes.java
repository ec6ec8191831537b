package org.vigil.report.internal.build;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Source;
import org.vigil.report.content.Endnote;
import org.vigil.report.content.Statement;
import org.vigil.report.internal.text.Phrases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the sources a report cites, in order of first citation. The public version cites none: its
 * statements carry no notes, because a list of sources can point back to the people who gave them.
 */
final class Endnotes {

    private final boolean enabled;
    private final Dataset data;
    private final Phrases phrases;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Endnote> notes = new ArrayList<>();

    Endnotes(boolean enabled, Dataset data, Phrases phrases) {
        this.enabled = enabled;
        this.data = data;
        this.phrases = phrases;
    }

    /** A statement citing the sources of the given citations. */
    Statement statement(String text, Collection<Citation> citations) {
        if (!enabled) {
            return new Statement(text, List.of());
        }
        Set<Integer> refs = new LinkedHashSet<>();
        for (Citation c : citations) {
            String key = c.sourceId() + "|" + c.span().map(s -> s.start() + "-" + s.end()).orElse("")
                    + "|" + c.note().orElse("");
            Integer n = numbers.get(key);
            if (n == null) {
                n = numbers.size() + 1;
                numbers.put(key, n);
                notes.add(new Endnote(n, describe(c)));
            }
            refs.add(n);
        }
        return new Statement(text, List.copyOf(refs));
    }

    List<Endnote> notes() {
        return List.copyOf(notes);
    }

    private String describe(Citation c) {
        String source = data.find(c.sourceId()).filter(Source.class::isInstance).map(Source.class::cast)
                .map(s -> s.author().map(a -> a + ", ").orElse("") + "“" + s.title() + "”"
                        + s.date().map(d -> ", " + phrases.dates().plain(d)).orElse("")
                        + s.url().map(u -> ", " + u).orElse(""))
                .orElse(c.sourceId());
        StringBuilder text = new StringBuilder(source).append(" [").append(c.sourceId()).append(']');
        c.span().ifPresent(s -> text.append(", ").append(phrases.get("note.span", s.start(), s.end())));
        c.note().ifPresent(n -> text.append(", ").append(n));
        return text.toString();
    }
}
