package org.vigil.core.testing;

import org.vigil.core.count.Count;
import org.vigil.core.count.CountQualifier;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Citation;
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
import org.vigil.core.model.Term;
import org.vigil.core.time.DatePart;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random valid data sets for property tests, reproducible from a seed: multilingual text (Latin,
 * Russian and Kazakh Cyrillic, quotes, separators, control characters, characters outside the BMP),
 * partial dates of every precision and counts with every qualifier.
 */
public final class RandomDatasets {

    private static final String[] PIECES = {"a", "Z", " ", "ё", "Ж", "щ", "ы", "ә", "Ғ", "қ", "Ң", "ө", "Ұ", "ү",
            "Һ", "і", "«", "»", "\"", "'", "\\", ",", ";", "\n", "\t", "€", "-", "🙂", "Тулетаева", "Қазақстан",
            "Roza", "O'Brien", "=SUM(A1)", "<script>", "{\"x\":1}"};

    private final SplittableRandom random;

    /** A generator for one seed. */
    public RandomDatasets(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Random non-blank text, with no leading or trailing white space. */
    public String text() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String t = s.toString().strip();
        return t.isEmpty() ? "x" : t;
    }

    /** A random partial date of any precision, part and validity-respecting day. */
    public PartialDate partialDate() {
        int year = 1950 + random.nextInt(81);
        int month = random.nextInt(13);
        int day = month == 0 ? 0 : random.nextInt(29);
        DatePart part = day == 0 ? DatePart.values()[random.nextInt(4)] : DatePart.WHOLE;
        return new PartialDate(year, month, day, part);
    }

    /** A random count with any qualifier. */
    public Count count() {
        return new Count(random.nextLong(1_000_000), CountQualifier.values()[random.nextInt(5)]);
    }

    private <T> List<T> some(java.util.function.Supplier<T> item) {
        List<T> list = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            list.add(item.get());
        }
        return list;
    }

    /** A random valid data set of sources, organisations, persons and groups, an event and proceedings. */
    public Dataset dataset() {
        List<String> texts = some(this::text);
        List<PartialDate> dates = some(this::partialDate);
        List<Count> counts = some(this::count);
        Confidentiality confidentiality = Confidentiality.values()[random.nextInt(3)];
        int termYears = 1 + random.nextInt(30);
        List<Record> records = new ArrayList<>();
        String t0 = texts.get(0);
        records.add(new Source("s1", "testimony", t0, Optional.of(texts.get(texts.size() - 1)),
                Optional.of(dates.get(0)), Optional.of("kk"), Reliability.LOW, Optional.empty(),
                Optional.of(String.join(" | ", texts)), confidentiality, List.of()));
        records.add(new Organisation("o1", t0, texts, "court", Optional.of("KZ"), Optional.empty(),
                Confidentiality.PUBLIC, List.of(Citation.of("s1"))));
        for (int i = 0; i < texts.size(); i++) {
            boolean individual = i % 2 == 0;
            records.add(Person.builder("p" + i).kind(individual ? PersonKind.INDIVIDUAL : PersonKind.GROUP)
                    .names(individual ? List.of(PersonName.of(texts.get(i))) : List.of())
                    .groupDescription(individual ? Optional.empty() : Optional.of(texts.get(i)))
                    .groupSize(individual ? Optional.empty() : Optional.of(counts.get(i % counts.size())))
                    .sex("unknown").birthDate(dates.get(i % dates.size())).occupation(texts.get(i))
                    .descriptors("detainee").affiliationIds("o1").deceased(i == 1).confidentiality(confidentiality)
                    .citations(Citation.of("s1", 0, 1)).build());
        }
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            tallies.add(new Tally(texts.get(i % texts.size()), counts.get(i), "people", Optional.empty(),
                    Optional.of(dates.get(i % dates.size()))));
        }
        records.add(new Event("e1", t0, Optional.of(texts.get(texts.size() - 1)),
                List.of(new Place(t0, Optional.of(t0), Optional.of("KZ"))), Optional.of(dates.get(0)),
                Optional.empty(), List.of("torture", "unfair_trial"), tallies, "open", confidentiality, List.of()));
        records.add(new Proceeding("pr1", "p0", Optional.of("e1"), Optional.of(dates.get(dates.size() - 1)),
                Optional.of("o1"), new ProceedingStep.Charge(texts.stream().map(ChargeText::of).toList()),
                Optional.empty(), confidentiality, List.of()));
        records.add(new Proceeding("pr2", "p0", Optional.empty(), Optional.empty(), Optional.of("o1"),
                new ProceedingStep.Sentence(Optional.of(new Term(termYears, termYears % 12, 0)), Optional.empty(),
                        Optional.empty(), termYears > 25, Optional.of(t0), termYears % 2 == 0, false, false),
                Optional.empty(), confidentiality, List.of()));
        return Dataset.of(records);
    }
}
