package org.vigil.core.model;

import org.junit.jupiter.api.Test;
import org.vigil.core.time.DatePart;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's legal steps are told by date where the dates settle it, by procedure where they do not. */
class ProceedingChronologyTest {

    private static Proceeding step(String id, ProceedingStep step, Optional<PartialDate> date) {
        return new Proceeding(id, "per-1", Optional.empty(), date, Optional.empty(), step, Optional.empty(),
                Confidentiality.PUBLIC, List.of());
    }

    private static final ProceedingStep ARREST = new ProceedingStep.Arrest(Optional.empty());
    private static final ProceedingStep CHARGE = new ProceedingStep.Charge(List.of());
    private static final ProceedingStep TRIAL = new ProceedingStep.Trial(List.of());
    private static final ProceedingStep SENTENCE = ProceedingStep.Sentence.of(new Term(7, 6, 0));
    private static final ProceedingStep APPEAL = new ProceedingStep.Appeal("upheld");

    private static List<String> ids(List<Proceeding> steps) {
        return ProceedingChronology.order(steps).stream().map(Proceeding::id).toList();
    }

    @Test
    void datedStepsFollowTheirDates() {
        assertThat(ids(List.of(
                step("sentence", SENTENCE, Optional.of(PartialDate.ofDay(2012, 10, 8))),
                step("charge", CHARGE, Optional.of(PartialDate.ofDay(2012, 1, 25))),
                step("trial", TRIAL, Optional.of(PartialDate.ofMonth(2012, 8)))))).containsExactly("charge", "trial", "sentence");
    }

    @Test
    void aStepKnownOnlyToItsYearTakesItsPlaceInProcedureWithinThatYear() {
        // "Sentenced in 2012" neither leads (2012 starts on 1 January) nor trails (it is less precise).
        assertThat(ids(List.of(
                step("sentence", SENTENCE, Optional.of(PartialDate.ofYear(2012))),
                step("arrest", ARREST, Optional.of(PartialDate.ofDay(2012, 1, 23))),
                step("appeal", APPEAL, Optional.of(PartialDate.ofDay(2012, 11, 19))),
                step("trial", TRIAL, Optional.of(PartialDate.ofMonth(2012, 8)))))).containsExactly("arrest", "trial",
                "sentence", "appeal");
    }

    @Test
    void undatedStepsFollowProcedure() {
        assertThat(ids(List.of(
                step("appeal", APPEAL, Optional.empty()),
                step("trial", TRIAL, Optional.of(PartialDate.ofYear(2012).withPart(DatePart.LATE))),
                step("arrest", ARREST, Optional.empty())))).containsExactly("arrest", "trial", "appeal");
    }

    @Test
    void datesThatDoNotOverlapOverruleProcedure() {
        // A second arrest after a sentence is told after it.
        assertThat(ids(List.of(
                step("arrest-2", ARREST, Optional.of(PartialDate.ofMonth(2013, 6))),
                step("sentence", SENTENCE, Optional.of(PartialDate.ofMonth(2012, 10))),
                step("arrest-1", ARREST, Optional.of(PartialDate.ofMonth(2012, 1)))))).containsExactly("arrest-1",
                "sentence", "arrest-2");
    }

    @Test
    void contradictoryCluesStillGiveEveryStepOnceInAFixedOrder() {
        // Sentence in January before an arrest in June by date; a charge known only to the year comes after
        // the arrest and before the sentence by procedure: a cycle, broken by the earliest possible step.
        List<Proceeding> steps = List.of(
                step("arrest", ARREST, Optional.of(PartialDate.ofMonth(2012, 6))),
                step("charge", CHARGE, Optional.of(PartialDate.ofYear(2012))),
                step("sentence", SENTENCE, Optional.of(PartialDate.ofMonth(2012, 1))));
        List<String> once = ids(steps);
        assertThat(once).containsExactlyInAnyOrder("arrest", "charge", "sentence");
        assertThat(ids(List.of(steps.get(2), steps.get(0), steps.get(1)))).isEqualTo(once);
    }
}
