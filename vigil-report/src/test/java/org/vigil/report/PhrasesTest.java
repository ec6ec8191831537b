package org.vigil.report;

import org.junit.jupiter.api.Test;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.report.internal.text.Phrases;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed phrases: complete in both languages, dates with the precision they have, plurals by the language's rules. */
class PhrasesTest {

    private final Phrases en = Phrases.of(Locale.ENGLISH, Vocabularies.builtIn());
    private final Phrases ru = Phrases.of(Locale.forLanguageTag("ru"), Vocabularies.builtIn());

    @Test
    void russianHasEveryPhraseEnglishHas() throws IOException {
        Properties english = load("/org/vigil/report/messages.properties");
        Properties russian = load("/org/vigil/report/messages_ru.properties");

        assertThat(russian.stringPropertyNames()).containsAll(english.stringPropertyNames());
    }

    @Test
    void datesAreWrittenWithThePrecisionTheyHave() {
        assertThat(en.dates().opener(PartialDate.parse("2012-01-23"))).isEqualTo("On 23 January 2012");
        assertThat(en.dates().opener(PartialDate.parse("2012-03"))).isEqualTo("In March 2012");
        assertThat(en.dates().opener(PartialDate.parse("late 2012-01"))).isEqualTo("In late January 2012");
        assertThat(en.dates().opener(PartialDate.parse("2005"))).isEqualTo("In 2005");
        assertThat(en.dates().plain(PartialDate.parse("2012-07-24"))).isEqualTo("24 July 2012");
    }

    @Test
    void russianDatesTakeTheCaseThePrepositionWants() {
        assertThat(ru.dates().opener(PartialDate.parse("2012-01-23"))).isEqualTo("23 января 2012 г.");
        assertThat(ru.dates().opener(PartialDate.parse("2012-03"))).isEqualTo("В марте 2012 г.");
        assertThat(ru.dates().opener(PartialDate.parse("late 2012-01"))).isEqualTo("В конце января 2012 г.");
        assertThat(ru.dates().plain(PartialDate.parse("2012-03"))).isEqualTo("март 2012 г.");
        assertThat(ru.dates().opener(PartialDate.parse("2005"))).isEqualTo("В 2005 г.");
    }

    @Test
    void termsAndPeopleFollowEachLanguagesPluralRules() {
        assertThat(en.get("unit.years", 1)).isEqualTo("1 year");
        assertThat(en.get("unit.years", 7)).isEqualTo("7 years");
        // Russian: 1 год, 2-4 года, 5-20 лет, 21 год (CLDR plural rules).
        assertThat(ru.get("unit.years", 1)).isEqualTo("1 год");
        assertThat(ru.get("unit.years", 3)).isEqualTo("3 года");
        assertThat(ru.get("unit.years", 7)).isEqualTo("7 лет");
        assertThat(ru.get("unit.years", 21)).isEqualTo("21 год");
        assertThat(ru.get("unit.people", 15)).isEqualTo("человек");
        assertThat(ru.get("unit.people", 3)).isEqualTo("человека");
    }

    @Test
    void vocabularyLabelsAndCountryNamesComeInTheReportsLanguage() {
        assertThat(ru.label(org.vigil.core.vocab.VocabularyKind.ACT_TYPE, "torture"))
                .isEqualTo("Пытки или жестокое обращение");
        assertThat(ru.country("KZ")).isEqualTo("Казахстан");
        assertThat(en.country("KZ")).isEqualTo("Kazakhstan");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PhrasesTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
