package org.vigil.extract.internal.records;

import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Place;
import org.vigil.core.model.Tally;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An event while it is being drafted: facts are added to it one by one (its dates, places, categories,
 * figures and the lines of its description), and it becomes an {@link Event} at the end.
 */
final class EventDraft {

    final String id;
    /** The title; a person's case is titled once all its parts are known. */
    String title;
    /** The sentences its facts were read from: other facts of those sentences belong to it too. */
    final Set<Integer> sentences = new LinkedHashSet<>();
    /** Where its facts are in the text, for facts that must go to the nearest event. */
    final List<Integer> positions = new ArrayList<>();
    private final List<PartialDate> dates = new ArrayList<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final List<Tally> tallies = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();

    EventDraft(String id, String title) {
        this.id = id;
        this.title = title;
    }

    void date(PartialDate date) {
        dates.add(date);
    }

    void place(Place place) {
        places.putIfAbsent(place.name(), place);
    }

    void category(String code) {
        categories.add(code);
    }

    void tally(Tally tally) {
        tallies.add(tally);
    }

    void line(String line) {
        if (!lines.contains(line)) {
            lines.add(line);
        }
    }

    void cite(List<Citation> more) {
        more.stream().filter(c -> !citations.contains(c)).forEach(citations::add);
    }

    /** How far the nearest of its facts is from this offset. */
    int distance(int offset) {
        return positions.stream().mapToInt(p -> Math.abs(p - offset)).min().orElse(Integer.MAX_VALUE);
    }

    Event toEvent() {
        Optional<PartialDate> start = dates.stream().min(PartialDate::compareTo);
        Optional<PartialDate> end = dates.stream().max(PartialDate::compareTo).filter(e -> !e.equals(start.get()));
        Optional<String> description = lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
        return new Event(id, title, description, List.copyOf(places.values()), start, end, List.copyOf(categories),
                tallies, "needs_verification", Confidentiality.INTERNAL, citations);
    }
}
