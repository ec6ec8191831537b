package org.vigil.extract;

import org.junit.jupiter.api.Test;
import org.vigil.extract.facts.Facts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text full of things that look like facts but are not: capitalised words that are not names, numbers that
 * are not counts, dates that are not events (written for this test).
 */
class NegativesTest {

    private static final String TEXT = String.join("\n",
            "Economic and social rights",
            "",
            "During Ramadan, Facebook and Twitter were blocked for 48 hours. The 2010 census found that 9 per cent",
            "of households had no running water. Article 301 of the Criminal Code was amended by Law No. 5 of",
            "the Constitution Day holidays. Independent Media Monitors said the change was cosmetic. Several",
            "Hundred Years of Solitude copies were seized. The minister, aged 61, spoke on Independence Day.",
            "Ten years after the 1998 reform, the 3rd and 4th chambers still met. May it last, said one judge.");

    private static final Facts FACTS = Examples.readText(TEXT, 2013).facts();

    @Test
    void capitalisedWordsThatAreNotNamesGiveNoPersons() {
        assertThat(FACTS.persons()).isEmpty();
    }

    @Test
    void numbersThatAreNotCountsGiveNoCounts() {
        assertThat(FACTS.counts()).isEmpty();
        assertThat(FACTS.groups()).isEmpty();
    }

    @Test
    void yearsAsAdjectivesAndModalMayGiveNoDatedEvents() {
        assertThat(FACTS.datedEvents()).isEmpty();
    }

    @Test
    void noSentencesNoChargesNoPlaces() {
        assertThat(FACTS.sentences()).isEmpty();
        assertThat(FACTS.charges()).isEmpty();
        assertThat(FACTS.places()).isEmpty();
    }

    @Test
    void repeatedWordsInANameDoNotBreakTheReader() {
        Facts facts = Examples.readText("The Court of Court ruled. The Court of Court said so. Court Court Court.", 2013).facts();

        assertThat(facts.organisations()).extracting(o -> o.name()).contains("Court of Court");
    }
}
