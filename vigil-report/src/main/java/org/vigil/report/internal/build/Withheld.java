package org.vigil.report.internal.build;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.Place;
import org.vigil.core.model.Record;
import org.vigil.core.time.PartialDate;
import org.vigil.report.ReportRequest;
import org.vigil.report.internal.text.Phrases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Totals of the victims in acts a report withholds, per violation category. They are stated only when the
 * request allows it, and only from the request's minimum up: a total of one or two can name a person.
 */
final class Withheld {

    private final Map<String, Long> totals = new TreeMap<>();

    Withheld(Dataset withheld, ReportRequest request, Scope scope) {
        if (!request.withheldTotals() || withheld.size() == 0) {
            return;
        }
        List<Record> all = new ArrayList<>();
        Stream.concat(withheld.all(), scope.data().all()).forEach(all::add);
        Dataset full = Dataset.of(all);
        Map<String, Long> raw = new TreeMap<>();
        for (Act a : withheld.acts()) {
            Optional<Event> event = full.find(a.eventId()).filter(Event.class::isInstance).map(Event.class::cast);
            if (event.isEmpty() || !concerns(a, event.get(), request)) {
                continue;
            }
            long victims = ReportBuilder.victims(a.victimId(), full);
            event.get().violationCategories().forEach(c -> raw.merge(c, victims, Long::sum));
        }
        raw.forEach((c, n) -> {
            if (n >= request.minimumWithheld()) {
                totals.put(c, n);
            }
        });
    }

    /** The totals that may be stated, by category code. */
    Map<String, Long> totals() {
        return totals;
    }

    /** The sentence stating a category's withheld total, if it may be stated. */
    Optional<String> sentence(String category, Phrases phrases) {
        Long n = totals.get(category);
        return n == null ? Optional.empty() : Optional.of(phrases.get("withheld.sentence", n));
    }

    private static boolean concerns(Act a, Event e, ReportRequest request) {
        boolean country = a.place().map(p -> in(p, request.country())).orElse(false)
                || e.places().stream().anyMatch(p -> in(p, request.country()));
        int year = request.year();
        boolean when = a.start().map(d -> d.year() == year).orElse(false)
                || a.end().map(d -> d.year() == year).orElse(false)
                || e.start().map(s -> s.year() <= year && year <= e.end().map(PartialDate::year).orElse(s.year()))
                .orElse(false);
        return country && when;
    }

    private static boolean in(Place p, String country) {
        return p.country().map(country::equals).orElse(false);
    }
}
