package org.vigil.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.time.PartialDate;
import org.vigil.extract.dates.ReportYears;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.facts.SentenceFact;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.json.FactsJson;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules issue 13 added so that reading holds on text written by others (sentences written for this test,
 * in the manner of the development corpus, never copied from it).
 */
class UnseenTextRulesTest {

    @Nested
    class English {

        @Test
        void aTwoWordNameWithoutACueWordIsAPersonButTitlesOfLawsAreNot() {
            Facts facts = Examples.readText("Lena Okafor criticised the Public Order Act in a speech. "
                    + "The Electoral Amendment Bill was debated.", 2012).facts();

            assertThat(facts.persons()).extracting(p -> p.name()).containsExactly("Lena Okafor");
        }

        @Test
        void otherSpellingsInBracketsAfterANameAreNotFurtherPersons() {
            // the shape of Vigil's own country entries: a heading with the person's other spellings
            Facts facts = Examples.readText("Mira Sadykova (Мира Садыкова, Mira Sadykowa) was detained in May. "
                    + "Her lawyer spoke to journalists.", 2012).facts();

            assertThat(facts.persons()).extracting(p -> p.name()).containsExactly("Mira Sadykova");
        }

        @Test
        void aNameFollowedByTheAcronymOfItsInitialsIsAnOrganisation() {
            Facts facts = Examples.readText("In March police dispersed a march by Mothers of Riverton Arise (MORA). "
                    + "Police dispersed MORA again in May.", 2012).facts();

            assertThat(facts.organisations()).extracting(o -> o.name()).contains("Mothers of Riverton Arise");
            assertThat(facts.persons()).isEmpty();
        }

        @Test
        void aYearTheTextAnnouncesIsNotTheYearUnderReview() {
            ReportYears years = ReportYears.resolve("In March 2011 the King spoke. He announced that from 2015 women "
                    + "will be able to vote in municipal elections.", Optional.empty(), Optional.empty());

            assertThat(years.eventsYear()).hasValue(2011);
        }

        @Test
        void everyItemOfAListOfChargesAfterIncludingIsACharge() {
            Facts facts = Examples.readText("Dara Velic was convicted on charges including theft, arson and "
                    + "sorcery in June.", 2012).facts();

            assertThat(facts.charges()).extracting(c -> c.text()).contains("theft", "arson", "sorcery");
        }

        @Test
        void aCountOfPeopleSaysWhatHappenedToThem() {
            Facts facts = Examples.readText("In May more than 40 people were killed in attacks blamed on the "
                    + "militia.", 2012).facts();

            assertThat(facts.counts()).singleElement().satisfies(c ->
                    assertThat(c.what()).isEqualTo("people killed in attacks blamed on the militia"));
        }

        @Test
        void deathSentencesAreWrittenApartFromPrisonTerms() {
            Extraction x = new ReportExtractor().extract(ReportDocument.ofText("t.txt", "In May Omar Tessel was "
                    + "sentenced to death. In June Ana Ribe was sentenced to six years' imprisonment."),
                    ExtractionSettings.defaults().withEventsYear(2012));

            String json = FactsJson.write(x);

            assertThat(json).contains("\"death_sentences\"");
            int death = json.indexOf("\"death_sentences\"");
            assertThat(json.indexOf("Omar Tessel", json.indexOf("\"sentences\""))).isGreaterThan(death);
        }
    }

    @Nested
    class Russian {

        private final Facts facts = new ReportExtractor().extract(ReportDocument.ofText("ru.txt",
                "16 декабря 2011 года суд в Тегеране приговорил правозащитницу Лейлу Ахмади к семи годам лишения "
                        + "свободы по обвинению в пропаганде против строя. В конце января не менее 15 человек были "
                        + "задержаны полицией."), ExtractionSettings.defaults()).facts();

        @Test
        void datesWithAndWithoutTheYear() {
            assertThat(facts.datedEvents()).extracting(e -> e.date())
                    .contains(PartialDate.ofDay(2011, 12, 16), PartialDate.ofMonth(2011, 1)
                            .withPart(org.vigil.core.time.DatePart.LATE));
        }

        @Test
        void aPrisonTermInWordsWithItsPerson() {
            SentenceFact s = facts.sentences().get(0);

            assertThat(s.penalty().term()).hasValueSatisfying(t -> assertThat(t.years()).isEqualTo(7));
            assertThat(s.person()).startsWith("Лейл");
        }

        @Test
        void theChargeInTheNominative() {
            assertThat(facts.charges()).extracting(c -> c.text()).contains("пропаганда против строя");
        }

        @Test
        void aCountWithItsQualifier() {
            assertThat(facts.counts()).anySatisfy(c -> {
                assertThat(c.count().value()).isEqualTo(15);
                assertThat(c.what()).startsWith("человек");
            });
        }

        @Test
        void placesInTheNominative() {
            assertThat(facts.places()).extracting(p -> p.name()).contains("Тегеран");
        }
    }
}
