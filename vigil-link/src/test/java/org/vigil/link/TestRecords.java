package org.vigil.link;

import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.generate.GeneratedRecord;
import org.vigil.link.generate.KazakhRussianGenerator;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small inputs and settings shared by tests: the detainee among generated people. */
public final class TestRecords {

    /** Generated people around the special records: enough for EM to learn from. */
    static final int PERSONS = 300;

    private TestRecords() {
    }

    /** Settings for records with name, birth_date and birth_place columns. */
    public static LinkSettings personSettings() {
        return LinkSettings.defaults(List.of(
                        new FieldSettings("name", List.of("name"), ComparisonKind.PERSON_NAME, true),
                        new FieldSettings("birth_date", List.of("birth_date"), ComparisonKind.DATE, false),
                        new FieldSettings("birth_place", List.of("birth_place"), ComparisonKind.PLACE, false)),
                List.of(new BlockingRule(List.of("name:words")), new BlockingRule(List.of("birth_date:exact"))));
    }

    /** A record. */
    public static InputRecord person(String id, String source, String name, String born, String place) {
        return new InputRecord(id, source, Map.of("name", name, "birth_date", born, "birth_place", place));
    }

    /** The detainee in three sources and a namesake born 15 years later elsewhere. */
    public static List<InputRecord> tuletayeva() {
        return List.of(
                person("ngo-1", "kazakh_ngo", "Тулетаева Роза", "02.04.1975", "Жаңаөзен"),
                person("news-1", "news_en", "Roza Tuletayeva", "1975", "Zhangaozen"),
                person("court-1", "court", "R. Tuletaeva", "1975-04-02", "Zhangaozen"),
                person("ngo-2", "kazakh_ngo", "Тулетаева Роза", "30.11.1990", "Ақтөбе"));
    }

    /** Generated records (seed 3) with the records first. */
    public static List<GeneratedRecord> generated() {
        return KazakhRussianGenerator.generate(PERSONS, 3);
    }

    /** The special records followed by the generated ones. */
    public static List<InputRecord> tuletayevaAndOthers() {
        List<InputRecord> records = new ArrayList<>(tuletayeva());
        generated().forEach(g -> records.add(g.toInput()));
        return records;
    }

    /** The input of {@link #tuletayevaAndOthers()}. */
    public static LinkInput input() {
        return LinkInput.of(tuletayevaAndOthers());
    }
}
