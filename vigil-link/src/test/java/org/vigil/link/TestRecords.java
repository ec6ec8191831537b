package org.vigil.link;

import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small inputs and settings shared by tests. */
public final class TestRecords {

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

    /**
     * The detainee in three sources, a namesake born elsewhere and later, and a crowd of
     * other people so that the model has something to learn from.
     */
    public static List<InputRecord> tuletayevaAndOthers() {
        List<InputRecord> records = new ArrayList<>();
        records.add(person("ngo-1", "ngo", "Тулетаева Роза", "1975-04-02", "Жанаозен"));
        records.add(person("news-1", "news", "Roza Tuletayeva", "1975", "Zhanaozen"));
        records.add(person("court-1", "court", "R. Tuletaeva", "02.04.1975", "Zhanaozen"));
        records.add(person("ngo-2", "ngo", "Тулетаева Роза", "1990-11-30", "Актобе"));
        String[] given = {"Aigul", "Marat", "Serik", "Dana", "Olzhas", "Nurlan", "Saule", "Erlan", "Zhanar", "Askar"};
        String[] surnames = {"Omarov", "Seitov", "Abenov", "Ismailov", "Kassymov", "Nurgaliev", "Sarsenov",
                "Zhaksylykov", "Bekov", "Ospanov", "Rakhimov", "Temirov"};
        int n = 0;
        for (String s : surnames) {
            for (String g : given) {
                n++;
                String born = String.format("%d-%02d-%02d", 1950 + n % 40, 1 + n % 12, 1 + n % 28);
                records.add(person("a-" + n, "ngo", g + " " + s, born, "Almaty"));
                if (n % 3 == 0) {
                    // the same person again in another source, surname first, in Cyrillic-derived spelling
                    records.add(person("b-" + n, "news", s + " " + g, born, ""));
                }
            }
        }
        return records;
    }

    /** The input of {@link #tuletayevaAndOthers()}. */
    public static LinkInput input() {
        return LinkInput.of(tuletayevaAndOthers());
    }
}
