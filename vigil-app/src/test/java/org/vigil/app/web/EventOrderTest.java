package org.vigil.app.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The events list's order. */
class EventOrderTest {

    @Test
    void newestFirstIsTheReverseOfOldestFirstWithUndatedLast() {
        var events = List.of(event("january", "2012-01"), event("undated", ""), event("march", "2012-03"),
                event("year", "2012"), event("december", "2011-12-16"));
        List<String> newest = EventOrder.newestFirst(events).stream().map(org.vigil.core.model.Event::title).toList();
        List<String> oldest = events.stream().filter(e -> e.start().isPresent())
                .sorted(java.util.Comparator.comparing(e -> e.start().get()))
                .map(org.vigil.core.model.Event::title).collect(java.util.stream.Collectors.toList());
        java.util.Collections.reverse(oldest);
        assertThat(newest.subList(0, 4)).containsExactlyElementsOf(oldest);
        assertThat(newest.get(0)).isEqualTo("march");
        assertThat(newest.get(3)).isEqualTo("december");
        assertThat(newest.get(4)).isEqualTo("undated");
    }

    private static org.vigil.core.model.Event event(String title, String start) {
        return (org.vigil.core.model.Event) org.vigil.core.json.VigilJson.read("{\"type\":\"event\",\"id\":\"evt-" + title + "\",\"title\":\"" + title
                + "\"" + (start.isEmpty() ? "" : ",\"start\":\"" + start + "\"") + "}");
    }
}
