package org.vigil.app.web;

import org.junit.jupiter.api.Test;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Event;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The events list's order. */
class EventOrderTest {

    @Test
    void newestFirstIsTheReverseOfOldestFirstWithUndatedLast() {
        var events = List.of(event("january", "2012-01"), event("undated", ""), event("march", "2012-03"),
                event("year", "2012"), event("december", "2011-12-16"));
        List<String> newest = EventOrder.newestFirst(events).stream().map(Event::title).toList();
        List<String> oldest = events.stream().filter(e -> e.start().isPresent())
                .sorted(Comparator.comparing(e -> e.start().get()))
                .map(Event::title).collect(Collectors.toList());
        Collections.reverse(oldest);
        assertThat(newest.subList(0, 4)).containsExactlyElementsOf(oldest);
        assertThat(newest.get(0)).isEqualTo("march");
        assertThat(newest.get(3)).isEqualTo("december");
        assertThat(newest.get(4)).isEqualTo("undated");
    }

    private static Event event(String title, String start) {
        return (Event) VigilJson.read("{\"type\":\"event\",\"id\":\"evt-" + title + "\",\"title\":\"" + title
                + "\"" + (start.isEmpty() ? "" : ",\"start\":\"" + start + "\"") + "}");
    }
}
