package org.vigil.core.time;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.ProceedingChronology;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Entries of a case in the order they happened, when some dates are partial or missing. */
class ChronologyTest {

    /** A step for the test: what, when, and where it falls in the course of a case. */
    record Step(String what, Optional<PartialDate> date, int rank) {
        static Step of(String what, String date, String kind) {
            return new Step(what, date.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(date)),
                    kind.isEmpty() ? Chronology.NO_RANK : ProceedingChronology.rank(kind));
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
}
