package org.vigil.report.internal.build;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Place;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Tally;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which events an entry on a country and year tells: those that concern the country (a place in it, an act in
 * it, or a perpetrator of it) and have something dated in the year (the event itself, a figure, an act, a step
 * of proceedings, an intervention); and, as background, the earlier events linked to them.
 */
final class Scope {

    private final Dataset data;
    private final String country;
    private final int year;
    private final Map<String, List<Act>> actsByEvent = new HashMap<>();
    private final Map<String, List<Involvement>> involvementsByAct = new HashMap<>();
    private final Map<String, List<Proceeding>> proceedingsByEvent = new HashMap<>();
    private final Map<String, List<Intervention>> interventionsByTarget = new HashMap<>();
    private final List<Event> events;
    private final List<Event> background;

    Scope(Dataset data, String country, int year) {
        this.data = data;
        this.country = country;
        this.year = year;
        data.acts().forEach(a -> actsByEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a));
        data.involvements().forEach(i -> involvementsByAct.computeIfAbsent(i.actId(), k -> new ArrayList<>()).add(i));
        data.proceedings().forEach(p -> p.eventId().ifPresent(
                e -> proceedingsByEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(p)));
        data.interventions().forEach(i -> i.targetIds().forEach(
                t -> interventionsByTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(i)));
        Map<String, Integer> depth = linkDepth(data);
        this.events = data.events().stream()
                .filter(e -> concernsCountry(e) && activeInYear(e))
                .sorted(Comparator.comparing((Event e) -> firstDate(e).orElse(PartialDate.ofYear(9999)))
                        .thenComparing(e -> depth.getOrDefault(e.id(), 0)).thenComparing(Event::id))
                .toList();
        Set<String> inScope = new LinkedHashSet<>();
        events.forEach(e -> inScope.add(e.id()));
        Set<String> earlier = new LinkedHashSet<>();
        for (EventLink l : data.eventLinks()) {
            if (inScope.contains(l.toEventId()) && !inScope.contains(l.fromEventId())) {
                earlier.add(l.fromEventId());
            }
        }
        this.background = earlier.stream().map(id -> data.find(id)).flatMap(Optional::stream)
                .map(Event.class::cast)
                .filter(e -> firstDate(e).map(d -> d.year() < year).orElse(true))
                .sorted(Comparator.comparing((Event e) -> firstDate(e).orElse(PartialDate.ofYear(9999))).thenComparing(Event::id)).toList();
    }

    /** How many events lead to each one through links (so of two events on one day, the cause comes first). */
    private static Map<String, Integer> linkDepth(Dataset data) {
        Map<String, Integer> depth = new HashMap<>();
        // Relax along the links; a cycle stops after as many rounds as there are links.
        for (int round = 0; round <= data.eventLinks().size(); round++) {
            boolean changed = false;
            for (EventLink l : data.eventLinks()) {
                int d = depth.getOrDefault(l.fromEventId(), 0) + 1;
                if (d > depth.getOrDefault(l.toEventId(), 0) && d <= data.eventLinks().size()) {
                    depth.put(l.toEventId(), d);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return depth;
    }

    /** The events of the year, oldest first. */
    List<Event> events() {
        return events;
    }

    /** Earlier events linked to those of the year, oldest first. */
    List<Event> background() {
        return background;
    }

    List<Act> acts(String eventId) {
        return actsByEvent.getOrDefault(eventId, List.of());
    }

    List<Involvement> involvements(String actId) {
        return involvementsByAct.getOrDefault(actId, List.of());
    }

    List<Proceeding> proceedings(String eventId) {
        return proceedingsByEvent.getOrDefault(eventId, List.of());
    }

    List<Intervention> interventions(String targetId) {
        return interventionsByTarget.getOrDefault(targetId, List.of());
    }

    int year() {
        return year;
    }

    String country() {
        return country;
    }

    Dataset data() {
        return data;
    }

    /** The date an event is sorted by: its start, else its earliest dated figure, act or step. */
    static Optional<PartialDate> firstDate(Event e) {
        return e.start().or(() -> e.tallies().stream().map(Tally::date).flatMap(Optional::stream).min(
                Comparator.naturalOrder()));
    }

    boolean inYear(Optional<PartialDate> d) {
        return d.map(x -> x.year() == year).orElse(false);
    }

    private boolean concernsCountry(Event e) {
        if (e.places().stream().anyMatch(this::inCountry)) {
            return true;
        }
        for (Act a : acts(e.id())) {
            if (a.place().map(this::inCountry).orElse(false)) {
                return true;
            }
            for (Involvement i : involvements(a.id())) {
                Optional<String> c = data.find(i.perpetratorId()).filter(Organisation.class::isInstance)
                        .map(Organisation.class::cast).flatMap(Organisation::country);
                if (c.map(country::equals).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean inCountry(Place p) {
        return p.country().map(country::equals).orElse(false);
    }

    private boolean activeInYear(Event e) {
        if (e.start().isPresent()) {
            int from = e.start().get().year();
            int to = e.end().map(PartialDate::year).orElse(from);
            if (from <= year && year <= to) {
                return true;
            }
        }
        if (e.tallies().stream().anyMatch(t -> inYear(t.date()))) {
            return true;
        }
        for (Act a : acts(e.id())) {
            if (inYear(a.start()) || inYear(a.end())) {
                return true;
            }
        }
        if (proceedings(e.id()).stream().anyMatch(p -> inYear(p.date()))) {
            return true;
        }
        return interventions(e.id()).stream().anyMatch(i -> inYear(i.date()));
    }
}
