package org.vigil.core.testing;

import org.vigil.core.count.Count;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Act;
import org.vigil.core.model.Anonymity;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.DetentionDetails;
import org.vigil.core.model.Event;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.model.Tally;
import org.vigil.core.model.Term;
import org.vigil.core.model.TortureDetails;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/** Small invented data sets for tests: every record type, Cyrillic and Kazakh text, partial dates, counts. */
public final class SampleDatasets {

    private SampleDatasets() {
    }

    /** One of each record type, about a fictional protest and trial. */
    public static Dataset small() {
        Source report = new Source("src-report", "ngo_report", "Briefing on the Ertis protests",
                Optional.of("Invented Monitor"), Optional.of(PartialDate.parse("2020-05")), Optional.of("en"),
                Reliability.HIGH, Optional.empty(),
                Optional.of("Police fired on protesters in Ertis on 3 March 2020; at least 4 people were killed."),
                Confidentiality.PUBLIC, List.of());
        Source testimony = new Source("src-testimony", "testimony", "Interview with a released detainee",
                Optional.empty(), Optional.of(PartialDate.parse("late 2020-04")), Optional.of("kk"),
                Reliability.MEDIUM, Optional.empty(), Optional.of("Мені ұрып-соқты, суық суға батырды."),
                Confidentiality.RESTRICTED, List.of());
        Organisation police = new Organisation("org-police", "Ertis City Police", List.of("Полиция города Ертис"),
                "police", Optional.of("KZ"), Optional.empty(), Confidentiality.PUBLIC, List.of());
        Organisation court = new Organisation("org-court", "Ertis City Court", List.of(), "court",
                Optional.of("KZ"), Optional.empty(), Confidentiality.PUBLIC, List.of());
        Person victim = Person.builder("per-aigul").kind(PersonKind.INDIVIDUAL)
                .names(new PersonName("Айгүл Серікқызы", "Cyrl", Optional.of("kk"), Optional.of("src-testimony")),
                        PersonName.of("Aigul Serikkyzy"))
                .sex("female").birthDate(PartialDate.parse("1984")).nationality("KZ").occupation("teacher")
                .descriptors("detainee", "defendant", "torture_victim").contact("+7 700 000 0000")
                .confidentiality(Confidentiality.PUBLIC).citations(Citation.of("src-report", 0, 30)).build();
        Person witness = Person.builder("per-witness-a").kind(PersonKind.INDIVIDUAL).sex("unknown")
                .descriptors("witness").anonymity(new Anonymity("Witness A", Optional.of("Ерлан Тоқтаров")))
                .confidentiality(Confidentiality.RESTRICTED).citations(Citation.of("src-testimony")).build();
        Person protesters = Person.builder("grp-protesters").kind(PersonKind.GROUP)
                .groupDescription("protesters killed in Ertis").groupSize(Count.atLeast(4)).sex("unknown")
                .descriptors("protester").deceased(true).confidentiality(Confidentiality.PUBLIC)
                .citations(Citation.of("src-report", 31, 83)).build();
        Event protest = new Event("evt-protest", "Ertis protest shootings",
                Optional.of("Police opened fire on a peaceful protest."),
                List.of(new Place("Ertis", Optional.of("Pavlodar Region"), Optional.of("KZ"))),
                Optional.of(PartialDate.parse("2020-03-03")), Optional.empty(),
                List.of("excessive_force", "freedom_of_assembly"),
                List.of(new Tally("killed", Count.atLeast(4), "people", Optional.of("killing"), Optional.empty()),
                        new Tally("injured", Count.moreThan(20), "people", Optional.of("injury"), Optional.empty())),
                "open", Confidentiality.PUBLIC, List.of(Citation.of("src-report", 0, 83)));
        Event trial = new Event("evt-trial", "Trial of Aigul Serikkyzy", Optional.empty(), List.of(),
                Optional.of(PartialDate.parse("late 2020-06")), Optional.of(PartialDate.parse("2020-09")),
                List.of("unfair_trial"), List.of(), "open", Confidentiality.INTERNAL, List.of());
        EventLink link = new EventLink("lnk-1", "evt-protest", "evt-trial", "followed_by", Optional.empty(),
                Confidentiality.PUBLIC, List.of());
        Act shooting = new Act("act-shooting", "evt-protest", "grp-protesters", "killing",
                Optional.of(PartialDate.parse("2020-03-03")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new org.vigil.core.model.KillingDetails(
                Optional.of("firearms"))), Confidentiality.PUBLIC, List.of());
        Act torture = new Act("act-torture", "evt-protest", "per-aigul", "torture",
                Optional.of(PartialDate.parse("early 2020-03")), Optional.empty(),
                Optional.of(Place.of("Ertis police station", "KZ")), Optional.empty(),
                Optional.of(new DetentionDetails(Optional.of("basement"), true, true, Optional.of(Term.days(10)))),
                Optional.of(new TortureDetails(List.of("beating", "cold_water"), Optional.of("to force a confession"))),
                Optional.empty(), Confidentiality.PUBLIC, List.of(Citation.of("src-testimony")));
        Involvement involvement = new Involvement("inv-1", "act-shooting", "org-police", "police", "direct",
                "alleged", Optional.empty(), Confidentiality.PUBLIC, List.of());
        Proceeding arrest = new Proceeding("prc-arrest", "per-aigul", Optional.of("evt-protest"),
                Optional.of(PartialDate.parse("2020-03-04")), Optional.of("org-police"),
                new ProceedingStep.Arrest(Optional.of("at her home")), Optional.empty(), Confidentiality.PUBLIC,
                List.of());
        Proceeding charge = new Proceeding("prc-charge", "per-aigul", Optional.of("evt-trial"),
                Optional.of(PartialDate.parse("2020-03")), Optional.empty(),
                new ProceedingStep.Charge(List.of(new ChargeText("organising mass riots",
                        Optional.of("Criminal Code art. 272")), ChargeText.of("«разжигание розни»"))),
                Optional.empty(), Confidentiality.PUBLIC, List.of());
        Proceeding sentence = new Proceeding("prc-sentence", "per-aigul", Optional.of("evt-trial"),
                Optional.of(PartialDate.parse("2020-09-15")), Optional.of("org-court"),
                new ProceedingStep.Sentence(Optional.of(new Term(7, 6, 0)), Optional.empty(), Optional.empty(),
                        false, Optional.empty(), true, false, false),
                Optional.empty(), Confidentiality.PUBLIC, List.of());
        Proceeding trialStep = new Proceeding("prc-trial", "per-aigul", Optional.of("evt-trial"),
                Optional.of(PartialDate.parse("late 2020-06")), Optional.of("org-court"),
                new ProceedingStep.Trial(List.of("coerced_confession", "restricted_legal_access")),
                Optional.empty(), Confidentiality.PUBLIC, List.of());
        Intervention appeal = new Intervention("int-1", Optional.empty(), "urgent_action",
                Optional.of(PartialDate.parse("2020-03-10")), List.of("per-aigul", "evt-protest"),
                Optional.of("Called for her release."), Optional.empty(), Confidentiality.PUBLIC, List.of());
        return Dataset.of(List.of(report, testimony, police, court, victim, witness, protesters, protest, trial,
                link, shooting, torture, involvement, arrest, charge, trialStep, sentence, appeal));
    }
}
