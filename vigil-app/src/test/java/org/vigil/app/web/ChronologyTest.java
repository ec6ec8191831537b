package org.vigil.app.web;

import org.junit.jupiter.api.Test;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of a case in the order they happened, when some dates are partial or missing. */
class ChronologyTest {

    /** A step for the test: what, when, and where it falls in the course of a case. */
    record Step(String what, Optional<PartialDate> date, int rank) {
        static Step of(String what, String date, String kind) {
            return new Step(what, date.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(date)),
                    kind.isEmpty() ? Chronology.NO_RANK : StepDescription.procedureRank(kind));
        }
    }

    private static List<String> order(Step... steps) {
        return Chronology.ordered(List.of(steps), Step::date, Step::rank).stream().map(Step::what).toList();
    }

    @Test
    void datedStepsFollowTheirDatesWhateverTheirKind() {
        assertThat(order(Step.of("sentence", "2012-10-08", "sentence"), Step.of("arrest", "2012-01-23", "arrest"),
                Step.of("trial", "2012-08", "trial"))).containsExactly("arrest", "trial", "sentence");
    }

    @Test
    void anUndatedChargeFallsBetweenTheArrestAndTheTrial() {
        assertThat(order(Step.of("sentence", "2012-10-08", "sentence"), Step.of("charge", "", "charge"),
                Step.of("trial", "2012-08", "trial"), Step.of("arrest", "2012-01-23", "arrest")))
                .containsExactly("arrest", "charge", "trial", "sentence");
    }

    @Test
    void aYearOnlyStepFollowsTheDatedStepsItMustFollowEvenPastOtherEntries() {
        assertThat(order(Step.of("detained", "2012", "detention"), Step.of("torture", "2012-01-23", ""),
                Step.of("arrest", "2012-01-23", "arrest"), Step.of("sentence", "2012-10-08", "sentence"),
                Step.of("trial", "2012", "trial"))).containsExactly("torture", "arrest", "detained", "trial", "sentence");
    }

    @Test
    void newestFirstIsTheReverseOfOldestFirstWithUndatedLast() {
        var events = List.of(event("january", "2012-01"), event("undated", ""), event("march", "2012-03"),
                event("year", "2012"), event("december", "2011-12-16"));
        List<String> newest = Chronology.newestFirst(events).stream().map(org.vigil.core.model.Event::title).toList();
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
