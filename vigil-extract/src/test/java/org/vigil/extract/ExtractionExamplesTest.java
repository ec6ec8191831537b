package org.vigil.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.count.CountQualifier;
import org.vigil.core.model.Term;
import org.vigil.extract.facts.CountFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.PlaceFact;
import org.vigil.extract.facts.SentenceFact;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine reads from entries written in the style of four countries' chapters (Azerbaijan, Egypt,
 * Belarus, Viet Nam; invented people, see src/test/resources/examples/README.md), fact type by fact type,
 * including what it must not read: numbers that are not counts, capitalised words that are not names, and
 * dates that are not events.
 */
class ExtractionExamplesTest {

    private static final Facts AZERBAIJAN = Examples.read("azerbaijan", 2012).facts();
    private static final Facts EGYPT = Examples.read("egypt", 2012).facts();
    private static final Facts BELARUS = Examples.read("belarus", 2012).facts();
    private static final Facts VIETNAM = Examples.read("vietnam", 2012).facts();

    private static List<String> persons(Facts f) {
        return f.persons().stream().map(PersonFact::name).toList();
    }

    private static PersonFact person(Facts f, String name) {
        return f.persons().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not found among " + persons(f)));
    }

    private static List<String> orgs(Facts f) {
        return f.organisations().stream().map(OrganisationFact::name).toList();
    }

    private static List<String> places(Facts f) {
        return f.places().stream().map(PlaceFact::name).toList();
    }

    private static List<String> dates(Facts f) {
        return f.datedEvents().stream().map(e -> e.date().isoText()).toList();
    }

    private static Optional<CountFact> count(Facts f, long value) {
        return f.counts().stream().filter(c -> c.count().value() == value).findFirst();
    }

    private static SentenceFact sentenceOf(Facts f, String person) {
        return f.sentences().stream().filter(s -> s.person().equals(person)).findFirst().orElseThrow(
                () -> new AssertionError("no sentence for " + person + " in " + f.sentences()));
    }

    @Nested
    class Persons {
        @Test
        void namesWithARoleBeforeAnAppositionAfterOrAnArrestVerbArePersons() {
            assertThat(persons(AZERBAIJAN)).containsExactly("Emin Guliyev", "Leyla Mammadli");
            assertThat(persons(EGYPT)).containsExactly("Karim Abdel Salam");
            assertThat(persons(BELARUS)).containsExactly("Siarhei Ramanchuk", "Pavel Zhuk", "Ihar Lysenka");
            assertThat(persons(VIETNAM)).containsExactly("Le Quoc Binh", "Tran Thi Mai");
        }

        @Test
        void rolesComeFromTheWordsAroundTheName() {
            assertThat(person(AZERBAIJAN, "Emin Guliyev").roles())
                    .contains("youth_activist", "detainee", "defendant", "prisoner_of_conscience");
            assertThat(person(AZERBAIJAN, "Emin Guliyev").organisation()).contains("Musavat party");
            assertThat(person(AZERBAIJAN, "Leyla Mammadli").roles()).contains("journalist", "detainee");
            assertThat(person(EGYPT, "Karim Abdel Salam").roles()).contains("torture_victim", "detainee");
            assertThat(person(BELARUS, "Siarhei Ramanchuk").roles()).contains("human_rights_defender", "defendant");
            assertThat(person(VIETNAM, "Le Quoc Binh").roles()).contains("journalist", "defendant");
        }

        @Test
        void capitalisedWordsThatAreNotNamesAreNotPersons() {
            assertThat(persons(EGYPT)).doesNotContain("Penal Code", "Human Rights Watch", "Port Said",
                    "Cairo Criminal Court", "Security Agency");
            assertThat(persons(AZERBAIJAN)).doesNotContain("Tahrir Square", "Youth", "Journalist Leyla Mammadli");
            assertThat(persons(BELARUS)).doesNotContain("Europe", "Minsk City Executive Committee");
        }
    }

    @Nested
    class Organisations {
        @Test
        void institutionWordsKindWordsAndKnownBodiesMakeOrganisations() {
            assertThat(orgs(AZERBAIJAN)).containsExactly("Musavat party", "Khatai District Court");
            assertThat(orgs(EGYPT)).containsExactly("Ministry of Health", "National Security Agency",
                    "Cairo Criminal Court", "Human Rights Watch", "Egyptian Initiative for Personal Rights");
            assertThat(orgs(BELARUS)).containsExactly("Nasha Pravda Human Rights Centre", "Supreme Court",
                    "Minsk City Executive Committee");
        }

        @Test
        void organisationsHaveKinds() {
            assertThat(EGYPT.organisations()).extracting(OrganisationFact::kind)
                    .containsExactly("government", "government", "court", "ngo", "ngo");
        }

        @Test
        void lawsAndCodesAreNotOrganisations() {
            assertThat(orgs(EGYPT)).doesNotContain("Penal Code");
            assertThat(orgs(VIETNAM)).isEmpty();
        }
    }

    @Nested
    class Places {
        @Test
        void placesAfterPrepositionsBeforePlaceNounsAndInCourtNames() {
            assertThat(places(AZERBAIJAN)).contains("Baku", "Ganja", "Khatai");
            assertThat(places(EGYPT)).containsExactly("Cairo", "Alexandria", "Port Said", "Giza");
            assertThat(places(BELARUS)).contains("Belarus", "Minsk");
            assertThat(places(VIETNAM)).containsExactly("Ho Chi Minh City", "Nghe An", "Hung Yen");
        }

        @Test
        void countriesCarryTheirCode() {
            assertThat(BELARUS.places().get(0).country()).contains("BY");
        }
    }

    @Nested
    class Dates {
        @Test
        void datesWithoutAYearTakeTheEventsYear() {
            assertThat(dates(AZERBAIJAN)).containsExactly("2012-03-12", "2012-02-02", "2012-05", "2012-04", "2012-09-30");
            assertThat(dates(VIETNAM)).containsExactly("2012-04-19", "2012-09-24", "2012-08", "2012-05");
        }

        @Test
        void statedYearsWinOverTheEventsYear() {
            assertThat(dates(BELARUS)).contains("2011-11", "2011-11-30", "2012-06-15", "2012-03");
        }

        @Test
        void yearsUsedAsAdjectivesAndSpansOfYearsAreNotEvents() {
            assertThat(dates(AZERBAIJAN)).doesNotContain("2011");
            assertThat(BELARUS.datedEvents()).extracting(DatedEventFact::what)
                    .noneMatch(w -> w.contains("20 years since independence"));
        }

        @Test
        void eachEventSaysWhatKindOfThingHappened() {
            assertThat(AZERBAIJAN.datedEvents()).extracting(DatedEventFact::type)
                    .containsExactly("violence", "arrest", "sentence", "arrest", "release");
        }
    }

    @Nested
    class Counts {
        @Test
        void figuresWithQualifiersAndTheNounTheyCount() {
            CountFact journalists = count(AZERBAIJAN, 12).orElseThrow();
            assertThat(journalists.count().qualifier()).isEqualTo(CountQualifier.AT_LEAST);
            assertThat(journalists.what()).contains("journalists");
            assertThat(count(AZERBAIJAN, 80).orElseThrow().count().qualifier()).isEqualTo(CountQualifier.MORE_THAN);
            assertThat(count(EGYPT, 300).orElseThrow().count().qualifier()).isEqualTo(CountQualifier.APPROXIMATELY);
            assertThat(count(EGYPT, 300).orElseThrow().what()).isEqualTo("injured");
            assertThat(count(EGYPT, 27).orElseThrow().what()).isEqualTo("people died");
            assertThat(count(EGYPT, 1200).orElseThrow().count().qualifier()).isEqualTo(CountQualifier.APPROXIMATELY);
            assertThat(count(BELARUS, 3).orElseThrow().what()).isEqualTo("organizers");
            assertThat(count(VIETNAM, 20).orElseThrow().what()).isEqualTo("villagers arrested");
        }

        @Test
        void timeHeldIsADurationCount() {
            CountFact held = count(EGYPT, 45).orElseThrow();
            assertThat(held.kind()).isEqualTo("duration");
            assertThat(held.what()).isEqualTo("days held");
        }

        @Test
        void agesArticlesSumsTermsAndYearsAreNotCounts() {
            assertThat(count(AZERBAIJAN, 34)).as("an age").isEmpty();
            assertThat(count(AZERBAIJAN, 5000)).as("a fine in a law").isEmpty();
            assertThat(count(AZERBAIJAN, 10)).as("days without a lawyer").isEmpty();
            assertThat(count(AZERBAIJAN, 2011)).as("a year").isEmpty();
            assertThat(count(EGYPT, 19)).as("19-year-old").isEmpty();
            assertThat(count(EGYPT, 80)).as("Section 80").isEmpty();
            assertThat(count(VIETNAM, 88)).as("Article 88").isEmpty();
            assertThat(count(VIETNAM, 52)).as("aged 52").isEmpty();
            assertThat(count(VIETNAM, 12)).as("12 years in prison").isEmpty();
            assertThat(count(BELARUS, 20)).as("20 years since").isEmpty();
        }
    }

    @Nested
    class Sentences {
        @Test
        void termsInYearsWithTheCourtTheChargesAndTheDate() {
            SentenceFact s = sentenceOf(AZERBAIJAN, "Emin Guliyev");
            assertThat(s.penalty().term()).contains(Term.years(3));
            assertThat(s.court()).contains("Khatai District Court");
            assertThat(s.charges()).containsExactly("hooliganism", "possession of drugs");
            assertThat(s.date().orElseThrow().isoText()).isEqualTo("2012-05");
        }

        @Test
        void halvesRangesDaysFinesAndDeath() {
            assertThat(sentenceOf(BELARUS, "Siarhei Ramanchuk").penalty().term()).contains(new Term(4, 6, 0));
            assertThat(sentenceOf(BELARUS, "Siarhei Ramanchuk").penalty().confiscation()).isTrue();
            assertThat(sentenceOf(BELARUS, "Ihar Lysenka").penalty().death()).isTrue();
            assertThat(sentenceOf(BELARUS, "Three organizers").penalty().term()).contains(Term.days(10));
            SentenceFact protesters = sentenceOf(AZERBAIJAN, "More than 80 protesters");
            assertThat(protesters.penalty().minimum()).contains(Term.days(5));
            assertThat(protesters.penalty().maximum()).contains(Term.days(15));
            assertThat(sentenceOf(AZERBAIJAN, "Leyla Mammadli").penalty().fine()).contains("20,000 manats");
            assertThat(sentenceOf(EGYPT, "11 men").penalty().death()).isTrue();
            assertThat(sentenceOf(VIETNAM, "Le Quoc Binh").penalty().term()).contains(Term.years(12));
        }

        @Test
        void aFineInALawIsNoSentence() {
            assertThat(AZERBAIJAN.sentences()).noneMatch(s -> s.penalty().fine().orElse("").contains("5,000"));
        }
    }

    @Nested
    class Charges {
        @Test
        void quotedAndUnquotedOffencesAfterChargeWords() {
            assertThat(AZERBAIJAN.charges()).extracting(c -> c.text())
                    .containsExactly("hooliganism", "possession of drugs", "tax evasion");
            assertThat(VIETNAM.charges()).extracting(c -> c.text())
                    .containsExactly("conducting propaganda against the state");
        }

        @Test
        void aPenaltyAfterAChargeIsNotACharge() {
            assertThat(BELARUS.charges()).extracting(c -> c.text()).containsExactly("tax evasion");
        }
    }

    @Nested
    class CategoriesMethodsAndConcerns {
        @Test
        void violationCategoriesFromTheirCues() {
            assertThat(EGYPT.violationCategories()).extracting(c -> c.code()).containsExactlyInAnyOrder(
                    "excessive_force", "torture", "impunity", "arbitrary_detention", "death_penalty", "unfair_trial");
            assertThat(VIETNAM.violationCategories()).extracting(c -> c.code()).contains(
                    "freedom_of_expression", "freedom_of_association", "freedom_of_assembly", "unfair_trial");
        }

        @Test
        void categoriesWithoutCuesAreNotReported() {
            assertThat(EGYPT.violationCategories()).extracting(c -> c.code())
                    .doesNotContain("discrimination", "housing_rights", "violence_against_women", "refoulement");
        }

        @Test
        void tortureMethodsAndFairTrialConcerns() {
            assertThat(EGYPT.tortureMethods()).extracting(t -> t.code())
                    .containsExactly("beating", "electric_shock", "suspension");
            assertThat(AZERBAIJAN.fairTrialConcerns()).extracting(t -> t.code()).contains("restricted_legal_access");
        }
    }
}
