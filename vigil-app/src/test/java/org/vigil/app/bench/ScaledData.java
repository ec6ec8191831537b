package org.vigil.app.bench;

import org.vigil.core.count.Count;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Citation;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.model.Tally;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated data set of a given size shaped like real documentation (sources, organisations, people
 * with Latin and Cyrillic names, events with categories and places, acts and proceedings), with 80%
 * public, 15% internal and 5% restricted records. Reproducible from the seed; invented names only.
 */
final class ScaledData {

    static final String[] SURNAMES = {"Akhmetov", "Bekova", "Dzhaksybekov", "Ermekova", "Ismailov", "Kasymova",
            "Nurlanov", "Omarova", "Petrov", "Sadykova", "Tulegenov", "Zhumabayeva", "Ivanova", "Kim", "Seitkali"};
    static final String[] SURNAMES_CYR = {"Ахметов", "Бекова", "Джаксыбеков", "Ермекова", "Исмаилов", "Касымова",
            "Нурланов", "Омарова", "Петров", "Садыкова", "Тулегенов", "Жумабаева", "Иванова", "Ким", "Сейткали"};
    static final String[] GIVEN = {"Aigul", "Nurlan", "Dana", "Serik", "Gulnara", "Timur", "Asel", "Marat"};
    static final String[] PLACES = {"Aktobe", "Atyrau", "Kostanay", "Pavlodar", "Semey", "Shymkent", "Taraz", "Oral"};
    static final String[] CATEGORIES = {"torture", "arbitrary_detention", "unfair_trial", "excessive_force",
            "freedom_of_expression", "freedom_of_assembly", "impunity"};

    private ScaledData() {
    }

    static Dataset generate(int total, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Record> records = new ArrayList<>();
        int sources = total / 50;
        int orgs = total / 50;
        int persons = total * 3 / 10;
        int events = total / 5;
        int acts = total * 3 / 10 - 0;
        int proceedings = total - sources - orgs - persons - events - acts;
        for (int i = 0; i < sources; i++) {
            records.add(new Source("src-" + i, "ngo_report", "Report " + i, Optional.of("Monitor " + (i % 7)),
                    Optional.of(PartialDate.ofYear(2005 + r.nextInt(20))), Optional.of("en"), Reliability.HIGH,
                    Optional.empty(), Optional.empty(), level(r), List.of()));
        }
        for (int i = 0; i < orgs; i++) {
            records.add(new Organisation("org-" + i, PLACES[i % PLACES.length] + " police department " + i, List.of(),
                    "police", Optional.of("KZ"), Optional.empty(), level(r), List.of()));
        }
        for (int i = 0; i < persons; i++) {
            int s = r.nextInt(SURNAMES.length);
            int g = r.nextInt(GIVEN.length);
            records.add(Person.builder("per-" + i).kind(PersonKind.INDIVIDUAL)
                    .names(PersonName.of(GIVEN[g] + " " + SURNAMES[s]), PersonName.of(SURNAMES_CYR[s] + " " + i))
                    .birthDate(PartialDate.ofYear(1950 + r.nextInt(50))).nationality("KZ").descriptors("detainee")
                    .confidentiality(level(r)).citations(Citation.of("src-" + r.nextInt(sources))).build());
        }
        for (int i = 0; i < events; i++) {
            PartialDate start = PartialDate.ofMonth(2005 + r.nextInt(20), 1 + r.nextInt(12));
            records.add(new Event("evt-" + i, "Detentions at a protest in " + PLACES[i % PLACES.length] + " #" + i,
                    Optional.of("Police dispersed a protest and detained participants."),
                    List.of(Place.of(PLACES[i % PLACES.length], "KZ")), Optional.of(start), Optional.empty(),
                    List.of(CATEGORIES[r.nextInt(CATEGORIES.length)], CATEGORIES[r.nextInt(CATEGORIES.length)]).stream()
                            .distinct().toList(),
                    List.of(new Tally("detained", Count.atLeast(1 + r.nextInt(200)), "people", Optional.empty(),
                            Optional.empty())), "open", level(r), List.of(Citation.of("src-" + r.nextInt(sources)))));
        }
        for (int i = 0; i < acts; i++) {
            records.add(new Act("act-" + i, "evt-" + r.nextInt(events), "per-" + r.nextInt(persons),
                    r.nextBoolean() ? "arbitrary_detention" : "torture", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), level(r),
                    List.of()));
        }
        for (int i = 0; i < proceedings; i++) {
            records.add(new Proceeding("prc-" + i, "per-" + r.nextInt(persons), Optional.of("evt-" + r.nextInt(events)),
                    Optional.of(PartialDate.ofMonth(2005 + r.nextInt(20), 1 + r.nextInt(12))),
                    Optional.of("org-" + r.nextInt(orgs)),
                    new ProceedingStep.Charge(List.of(ChargeText.of("participation in an unauthorised gathering"))),
                    Optional.empty(), level(r), List.of()));
        }
        return Dataset.of(records);
    }

    private static Confidentiality level(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 80 ? Confidentiality.PUBLIC : x < 95 ? Confidentiality.INTERNAL : Confidentiality.RESTRICTED;
    }
}
