package org.vigil.extract.internal.legal;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Term;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Penalties as reports state them. */
class PenaltyFinderTest {

    private static ProceedingStep.Sentence only(String sentence) {
        List<PenaltyMention> found = PenaltyFinder.find(sentence);
        assertThat(found).as(sentence).hasSize(1);
        return found.get(0).penalty();
    }

    @Test
    void termsRangesAndCeilings() {
        assertThat(only("He was sentenced to seven-and-a-half years in prison.").term()).contains(new Term(7, 6, 0));
        assertThat(only("They were sentenced to between five and seven years.").minimum()).contains(Term.years(5));
        assertThat(only("Seven were sentenced to up to seven years in prison.").maximum()).contains(Term.years(7));
        assertThat(only("She received a six-year prison sentence.").term()).contains(Term.years(6));
        assertThat(only("He was sentenced to 15 days of administrative detention.").term()).contains(Term.days(15));
        assertThat(only("He was sentenced to two years and six months.").term()).contains(new Term(2, 6, 0));
    }

    @Test
    void lifeDeathFinesAndConfiscation() {
        assertThat(only("The court sentenced him to life imprisonment.").life()).isTrue();
        assertThat(only("A military court sentenced three men to death.").death()).isTrue();
        assertThat(only("She was fined 300,000 tenge.").fine()).contains("300,000 tenge");
        assertThat(only("He was sentenced to four years and the court ordered the confiscation of his property.")
                .confiscation()).isTrue();
    }

    @Test
    void lengthsOfTimeThatAreNotPenalties() {
        assertThat(PenaltyFinder.find("He was held for 12 months before his release.")).isEmpty();
        assertThat(PenaltyFinder.find("Ten years after the war, the sentence of history is clear.")).isEmpty();
    }
}
