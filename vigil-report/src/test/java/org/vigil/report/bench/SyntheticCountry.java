package org.vigil.report.bench;

import org.vigil.core.count.Count;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Involvement;
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
import org.vigil.core.model.Term;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * An invented country-year of a given number of records for benchmarks: events in one country and year, each
 * with a victim (individual or group), an act, a perpetrator, and arrest, charge and sentence; one record in
 * ten is restricted. Seeded, so the same size gives the same data set.
 */
public final class SyntheticCountry {

    private static final String[] CATEGORIES = {"torture", "arbitrary_detention", "unfair_trial",
            "freedom_of_expression", "excessive_force", "refoulement"};
    private static final String[] ACTS = {"torture", "arbitrary_detention", "unfair_trial", "censorship", "killing",
            "refoulement"};
    private static final String[] TOWNS = {"Aktau", "Almaty", "Astana", "Uralsk", "Shymkent", "Taraz", "Pavlodar"};

    private SyntheticCountry() {
    }

    /** About {@code records} records (seven per event plus the shared organisations and sources), all in KZ, 2020. */
    public static Dataset of(int records, long seed) {
        return of(records, seed, List.of("KZ"), 2020, 1);
    }

    /**
     * About {@code records} records spread evenly over the given countries and {@code years} years from
     * {@code firstYear}, as a store holding several countries' documentation would.
     */
    public static Dataset of(int records, long seed, List<String> countries, int firstYear, int years) {
        Random random = new Random(seed);
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new Source("src-" + i, "ngo_report", "Monitoring briefing " + i, Optional.of("Invented Monitor"),
                    Optional.of(PartialDate.ofMonth(2020, 1 + i)), Optional.of("en"), Reliability.HIGH,
                    Optional.empty(), Optional.empty(), Confidentiality.PUBLIC, List.of()));
        }
        for (int i = 0; i < 10; i++) {
            out.add(new Organisation("org-" + i, (i % 2 == 0 ? "Regional Police Department " : "District Court ") + i,
                    List.of(), i % 2 == 0 ? "police" : "court", Optional.empty(), Optional.empty(),
                    Confidentiality.PUBLIC, List.of()));
        }
        int units = Math.max(1, (records - out.size()) / 7);
        for (int u = 0; u < units; u++) {
            int k = u % CATEGORIES.length;
            Confidentiality c = random.nextInt(10) == 0 ? Confidentiality.RESTRICTED : Confidentiality.PUBLIC;
            List<Citation> cite = List.of(Citation.of("src-" + random.nextInt(10)));
            String country = countries.get(u % countries.size());
            int year = firstYear + (u / countries.size()) % years;
            int month = 1 + random.nextInt(12);
            PartialDate day = PartialDate.ofDay(year, month, 1 + random.nextInt(28));
            String town = TOWNS[random.nextInt(TOWNS.length)];
            boolean group = random.nextInt(4) == 0;
            String person = "per-" + u;
            out.add(group
                    ? Person.builder(person).kind(PersonKind.GROUP).groupDescription("protesters detained in " + town)
                    .groupSize(Count.atLeast(2 + random.nextInt(40))).sex("unknown").descriptors("detainee")
                    .confidentiality(c).citations(cite).build()
                    : Person.builder(person).kind(PersonKind.INDIVIDUAL).names(PersonName.of("Person" + u + " Testov"),
                            new PersonName("Персона" + u + " Тестов", "Cyrl", Optional.of("ru"), Optional.empty()))
                    .sex(random.nextBoolean() ? "female" : "male").nationality(country).occupation("activist")
                    .descriptors("detainee", "defendant").confidentiality(c).citations(cite).build());
            out.add(new Event("evt-" + u, "Detention of activists in " + town + " (" + u + ")",
                    Optional.of("Activists were detained after a peaceful gathering in " + town + "."),
                    List.of(new Place(town, Optional.empty(), Optional.of(country))), Optional.of(day), Optional.empty(),
                    List.of(CATEGORIES[k]), List.of(new Tally("detained", Count.atLeast(1 + random.nextInt(30)),
                    "people", Optional.empty(), Optional.of(day))), "open", c, cite));
            out.add(new Act("act-" + u, "evt-" + u, person, ACTS[k], Optional.of(day), Optional.empty(),
                    Optional.of(new Place(town, Optional.empty(), Optional.of(country))),
                    Optional.of("The victims described what happened to them."), Optional.empty(), Optional.empty(),
                    Optional.empty(), c, cite));
            out.add(new Involvement("inv-" + u, "act-" + u, "org-" + (2 * random.nextInt(5)), "police", "direct",
                    "alleged", Optional.empty(), c, cite));
            PartialDate later = PartialDate.ofDay(year, Math.min(12, month + 1), 1 + random.nextInt(28));
            out.add(new Proceeding("prc-a-" + u, person, Optional.of("evt-" + u), Optional.of(day),
                    Optional.of("org-" + (2 * random.nextInt(5))), new ProceedingStep.Arrest(Optional.of(town)),
                    Optional.empty(), c, cite));
            out.add(new Proceeding("prc-c-" + u, person, Optional.of("evt-" + u), Optional.of(day), Optional.empty(),
                    new ProceedingStep.Charge(List.of(ChargeText.of("inciting social discord"))), Optional.empty(), c,
                    cite));
            out.add(new Proceeding("prc-s-" + u, person, Optional.of("evt-" + u), Optional.of(later),
                    Optional.of("org-" + (1 + 2 * random.nextInt(5))),
                    ProceedingStep.Sentence.of(Term.years(1 + random.nextInt(9))), Optional.empty(), c, cite));
        }
        return Dataset.of(out);
    }
}
