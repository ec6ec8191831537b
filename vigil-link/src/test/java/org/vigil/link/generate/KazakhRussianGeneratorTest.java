package org.vigil.link.generate;

import org.junit.jupiter.api.Test;
import org.vigil.link.internal.generate.Scripts;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated test set is deterministic, multi-source and multi-script, with its truth. */
class KazakhRussianGeneratorTest {

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(KazakhRussianGenerator.generate(200, 5)).isEqualTo(KazakhRussianGenerator.generate(200, 5));
        assertThat(KazakhRussianGenerator.generate(200, 5)).isNotEqualTo(KazakhRussianGenerator.generate(200, 6));
    }

    @Test
    void peopleAppearInSeveralSourcesAndScripts() {
        List<GeneratedRecord> records = KazakhRussianGenerator.generate(1000, 1);
        Map<String, Long> perPerson = records.stream().collect(Collectors.groupingBy(GeneratedRecord::personId,
                Collectors.counting()));
        assertThat(perPerson).hasSize(1000);
        assertThat(records.size()).isBetween(2100, 2500);
        assertThat(records.stream().map(GeneratedRecord::source).distinct()).hasSize(6);
        assertThat(records.stream().filter(r -> r.source().equals("russian_ngo"))
                .allMatch(r -> Character.UnicodeScript.of(r.name().charAt(0)) == Character.UnicodeScript.CYRILLIC)).isTrue();
        assertThat(records.stream().filter(r -> r.source().equals("court"))
                .anyMatch(r -> r.name().matches(".*\\b\\p{Lu}[a-z]?\\..*"))).as("initials").isTrue();
        assertThat(records.stream().filter(r -> r.birthDate().matches("\\d{4}"))).as("year-only dates").isNotEmpty();
        assertThat(records.stream().filter(r -> r.name().contains("ұлы") || r.name().contains("қызы")))
                .as("Kazakh patronymics").isNotEmpty();
    }

    @Test
    void patronymicsFollowRussianAndKazakhRules() {
        assertThat(KazakhRussianGenerator.russianPatronymic("Сергей", false)).isEqualTo("Сергеевич");
        assertThat(KazakhRussianGenerator.russianPatronymic("Юрий", true)).isEqualTo("Юрьевна");
        assertThat(KazakhRussianGenerator.russianPatronymic("Нұрлан", false)).isEqualTo("Нурланович");
        assertThat(KazakhRussianGenerator.kazakhPatronymic("Нұрлан", true)).isEqualTo("Нұрланқызы");
    }

    @Test
    void writesCsvWithTheTruthColumnLast() throws Exception {
        StringWriter w = new StringWriter();
        KazakhRussianGenerator.writeCsv(KazakhRussianGenerator.generate(3, 1), w);
        assertThat(w.toString()).startsWith("record_id,source,name,birth_date,birth_place,person_id\n");
    }

    @Test
    void spellingSystemsDifferAsTheirTablesSay() {
        assertThat(Scripts.BGN.write("Жаңаөзен")).isEqualTo("Zhangaozen");
        assertThat(Scripts.ICAO.write("Юлия")).isEqualTo("Iuliia");
        assertThat(Scripts.KAZAKH_LATIN_2021.write("Жаңаөзен")).isEqualTo("Jañaözen");
        assertThat(Scripts.RUSSIAN_CYRILLIC.write("Қайрат")).isEqualTo("Кайрат");
    }
}
