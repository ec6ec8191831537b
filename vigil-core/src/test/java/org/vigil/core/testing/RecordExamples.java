package org.vigil.core.testing;

import org.vigil.core.count.Count;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.DetentionDetails;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.KillingDetails;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.ScheduledDate;
import org.vigil.core.model.Source;
import org.vigil.core.model.Tally;
import org.vigil.core.model.Term;
import org.vigil.core.model.TortureDetails;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One full example of every record type, with every optional field, list and nested part filled in, so
 * that each path a record type declares (a reference, a vocabulary field) holds a value. Together with
 * {@link #supporting()} they form a valid data set: every reference names a record of the right type.
 */
public final class RecordExamples {

    private RecordExamples() {
    }

    /** One example per record type, by type; a new record type fails {@code RecordTypeCoverageTest} until added. */
    public static Map<RecordType, Record> everyType() {
        Map<RecordType, Record> all = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            all.put(type, example(type));
        }
        return all;
    }

    /** The records the examples refer to besides each other: a parent organisation, a later event, a source cited by a source. */
    public static List<Record> supporting() {
        return List.of(
                new Organisation("org-ministry", "Ministry of Internal Affairs", List.of(), "police",
                        Optional.of("KZ"), Optional.empty(), Confidentiality.PUBLIC, List.of()),
                Source.builder("src-2").kind("ngo_report").title("Press release").build(),
                Event.builder("evt-2").title("Trial of the protesters").build());
    }

    /** The examples and the records they refer to, as a data set that validates. */
    public static Dataset dataset() {
        List<Record> records = new ArrayList<>(everyType().values());
        records.addAll(supporting());
        return Dataset.of(records);
    }

    /**
     * The full example of a type and, where the type has variants whose fields differ, one example per variant
     * (a group of people, a proceeding per kind of step), so every declared path holds a value on one of them.
     */
    public static List<Record> variants(RecordType type) {
        Record example = example(type);
        List<Record> all = new ArrayList<>();
        all.add(example);
        if (example instanceof Person p) {
            all.add(Person.builder("per-2").kind(PersonKind.GROUP).groupDescription("striking oil workers")
                    .groupSize(Count.atLeast(40)).sex("unknown").nationality("KZ").occupation("oil workers")
                    .descriptors("detainee").affiliationIds("org-1").confidentiality(Confidentiality.PUBLIC)
                    .citations(p.citations()).build());
        }
        if (example instanceof Proceeding p) {
            for (ProceedingStep step : everyStep()) {
                all.add(new Proceeding(p.id() + "-" + step.kindCode(), p.personId(), p.eventId(), p.date(),
                        p.authorityId(), step, p.description(), p.confidentiality(), p.citations()));
            }
        }
        return List.copyOf(all);
    }

    /** One of every kind of legal step, each with its optional parts filled in and lists of two items. */
    public static List<ProceedingStep> everyStep() {
        List<ChargeText> charges = List.of(new ChargeText("inciting social discord", Optional.of("art. 174")),
                new ChargeText("organising mass unrest", Optional.of("art. 272")));
        return List.of(
                new ProceedingStep.Arrest(Optional.of("Ertis bus station")),
                new ProceedingStep.Charge(charges),
                new ProceedingStep.Detention(Optional.of("Pavlodar pre-trial centre"), true, false,
                        Optional.of(Term.months(2))),
                new ProceedingStep.Trial(List.of("coerced_confession", "closed_hearing")),
                new ProceedingStep.Verdict("convicted", charges),
                new ProceedingStep.Sentence(Optional.of(Term.years(5)), Optional.empty(), Optional.empty(), false,
                        Optional.of("100 MCI"), true, false, false),
                new ProceedingStep.Appeal("upheld"),
                new ProceedingStep.Release("end_of_sentence"),
                new ProceedingStep.ExtraditionRequest("RU", Optional.of("extremism")));
    }

    private static List<Citation> cites() {
        return List.of(Citation.of("src-1", 0, 10));
    }

    /** The example of one type: an exhaustive switch, so a new type does not compile until it has one. */
    public static Record example(RecordType type) {
        return switch (type) {
            case EVENT -> Event.builder("evt-1").title("Ertis protest shootings")
                    .description("Police fired on protesters.")
                    .places(new Place("Ertis", Optional.of("Pavlodar Region"), Optional.of("KZ")))
                    .start(PartialDate.parse("2020-03-03")).end(PartialDate.parse("2020-03-04"))
                    .violationCategories("excessive_force")
                    .tallies(new Tally("killed", Count.atLeast(4), "people", Optional.of("killing"), Optional.empty()))
                    .monitoringStatus("open").confidentiality(Confidentiality.PUBLIC).citations(cites()).build();
            case ACT -> Act.builder("act-1").eventId("evt-1").victimId("per-1").actType("torture")
                    .start(PartialDate.parse("2020-03-03")).end(PartialDate.parse("2020-03-05"))
                    .place(Place.of("Ertis", "KZ")).description("Beaten in custody.")
                    .detention(new DetentionDetails(Optional.of("Ertis police station"), false, true, Optional.empty()))
                    .torture(new TortureDetails(List.of("beating"), Optional.of("to obtain a confession")))
                    .killing(new KillingDetails(Optional.of("firearm"))).confidentiality(Confidentiality.PUBLIC)
                    .citations(cites()).build();
            case PERSON -> Person.builder("per-1").kind(PersonKind.INDIVIDUAL)
                    .names(new PersonName("Айгүл Серікқызы", "Cyrl", Optional.of("kk"), Optional.of("src-1")))
                    .sex("female").birthDate(PartialDate.parse("1984")).nationality("KZ").occupation("teacher")
                    .descriptors("detainee").affiliationIds("org-1").contact("+7 700 000 0000")
                    .confidentiality(Confidentiality.PUBLIC).citations(cites()).build();
            case ORGANISATION -> new Organisation("org-1", "Ertis City Police", List.of("Полиция города Ертис"),
                    "police", Optional.of("KZ"), Optional.of("org-ministry"), Confidentiality.PUBLIC, cites());
            case INVOLVEMENT -> new Involvement("inv-1", "act-1", "org-1", "police", "direct", "alleged",
                    Optional.of("Officers of the city police."), Confidentiality.PUBLIC, cites());
            case PROCEEDING -> new Proceeding("prc-1", "per-1", Optional.of("evt-1"),
                    Optional.of(PartialDate.parse("2020-06")), Optional.of("org-1"),
                    new ProceedingStep.Trial(List.of("coerced_confession")), Optional.of("Closed hearing."),
                    Confidentiality.PUBLIC, cites());
            case INTERVENTION -> new Intervention("int-1", Optional.of("org-1"), "urgent_action",
                    Optional.of(PartialDate.parse("2020-04")), List.of("evt-1", "per-1"), Optional.of("Urgent appeal."),
                    Optional.of("No reply."), Confidentiality.PUBLIC, cites());
            case SOURCE -> Source.builder("src-1").kind("ngo_report").title("Briefing on the Ertis protests")
                    .author("Invented Monitor").date(PartialDate.parse("2020-05")).language("en")
                    .reliability(Reliability.HIGH).url("https://example.org/briefing")
                    .text("Police fired on protesters in Ertis.").confidentiality(Confidentiality.PUBLIC)
                    .citations(Citation.of("src-2")).build();
            case EVENT_LINK -> new EventLink("lnk-1", "evt-1", "evt-2", "followed_by",
                    Optional.of("The trial followed the protest."), Confidentiality.PUBLIC, cites());
            case CASE -> new MonitoredCase("case-1", "per-1", "detained", Optional.of(PartialDate.parse("2020-03-03")),
                    Optional.of(90), List.of(new ScheduledDate(PartialDate.parse("2020-07-01"), "appeal hearing")),
                    Optional.of("Held incommunicado."), Confidentiality.PUBLIC, cites());
        };
    }
}
