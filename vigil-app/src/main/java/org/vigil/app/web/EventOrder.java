package org.vigil.app.web;

import org.vigil.core.model.Event;
import org.vigil.core.time.PartialDate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Events as the lists show them: newest first, the exact reverse of oldest first, undated ones last. */
final class EventOrder {

    private EventOrder() {
    }

    /** Events newest first by their start (partial dates by earliest, then latest day); undated ones last. */
    static List<Event> newestFirst(List<Event> events) {
        Comparator<Optional<PartialDate>> newest = Comparator.comparing(
                (Optional<PartialDate> d) -> d.orElse(null), Comparator.nullsLast(Comparator.reverseOrder()));
        return events.stream().sorted(Comparator.comparing(Event::start, newest)).toList();
    }
}
