package org.vigil.app.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Act;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.DetentionDetails;
import org.vigil.core.model.Event;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.Tally;
import org.vigil.core.model.Term;
import org.vigil.core.time.PartialDate;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo data set holds every fact of the hand-made gold file for the seed report
 * (../shared/data/reports/kazakhstan-2012.gold.json), matched with the scorer's own rules.
 */
class DemoDatasetCoversGoldTest {

    private static JsonNode gold;
    private static final Dataset DEMO = DemoData.load();

    @BeforeAll
    static void readGold() throws Exception {
        Path file = Path.of(System.getProperty("vigil.shared.dir", "../../shared"), "data", "reports",
                "kazakhstan-2012.gold.json");
        assumeTrue(Files.isRegularFile(file), "gold file " + file + " is absent: skipping the demo coverage check");
        gold = VigilJson.MAPPER.readTree(Files.readString(file));
    }

    private static List<JsonNode> items(String field) {
        List<JsonNode> list = new ArrayList<>();
        gold.path(field).forEach(list::add);
        assertThat(list).as("gold field " + field).isNotEmpty();
        return list;
    }

    @Test
    void everyNamedPersonIsRecorded() {
        for (JsonNode g : items("persons")) {
            String name = g.get("name").asString();
            assertThat(DEMO.persons()).as(name).anySatisfy(p -> assertThat(p.names())
                    .anyMatch(n -> GoldFacts.samePerson(name, n.value())));
        }
    }

    @Test
    void everyGroupIsRecordedWithItsSizeAndQualifier() {
        for (JsonNode g : items("groups")) {
            long size = g.get("size").asLong();
            String qualifier = g.path("size_qualifier").asString("exactly").replace(' ', '_');
            String who = g.get("who").asString();
            assertThat(DEMO.persons()).as(who).anyMatch(p -> p.kind() == PersonKind.GROUP
                    && p.groupSize().filter(c -> c.value() == size && c.qualifier().code().equals(qualifier)).isPresent()
                    && GoldFacts.shareToken(who, p.groupDescription().orElse("")));
        }
    }

    @Test
    void everyOrganisationIsRecorded() {
        for (JsonNode g : items("organizations")) {
            String name = g.asString();
            assertThat(DEMO.organisations()).as(name).anyMatch(o -> GoldFacts.similar(name, o.name())
                    || o.otherNames().stream().anyMatch(n -> GoldFacts.similar(name, n)));
        }
    }

    @Test
    void everyPlaceIsRecorded() {
        List<String> places = new ArrayList<>();
        for (Event e : DEMO.events()) {
            e.places().forEach(p -> {
                places.add(p.name());
                p.region().ifPresent(places::add);
            });
        }
        for (Act a : DEMO.acts()) {
            a.place().ifPresent(p -> places.add(p.name()));
            a.detention().flatMap(DetentionDetails::placeOfDetention).ifPresent(places::add);
        }
        for (JsonNode g : items("places")) {
            String place = g.asString();
            assertThat(places).as(place).anyMatch(p -> GoldFacts.norm(p).equals(GoldFacts.norm(place)));
        }
    }

    @Test
    void everyCountIsRecordedWithItsQualifier() {
        for (JsonNode g : items("counts")) {
            long value = g.get("value").asLong();
            String qualifier = g.get("qualifier").asString().replace(' ', '_');
            String what = g.get("what").asString();
            boolean found;
            if ("duration".equals(g.path("kind").asString())) {
                found = terms().anyMatch(t -> t.months() + 12 * t.years() == value || t.days() == value);
            } else {
                found = DEMO.events().stream().flatMap(e -> e.tallies().stream()).anyMatch(t ->
                        t.count().value() == value && t.count().qualifier().code().equals(qualifier)
                                && GoldFacts.shareToken(what, t.what()))
                        || DEMO.persons().stream().anyMatch(p -> p.groupSize()
                        .filter(c -> c.value() == value && c.qualifier().code().equals(qualifier)).isPresent()
                        && GoldFacts.shareToken(what, p.groupDescription().orElse("")));
            }
            assertThat(found).as("count %s %s %s", qualifier, value, what).isTrue();
        }
    }

    private static Stream<Term> terms() {
        Stream<Term> fromActs = DEMO.acts().stream().flatMap(a -> a.detention().flatMap(DetentionDetails::heldFor).stream());
        Stream<Term> fromProceedings = DEMO.proceedings().stream()
                .map(Proceeding::step).filter(ProceedingStep.Detention.class::isInstance)
                .flatMap(s -> ((ProceedingStep.Detention) s).heldFor().stream());
        return Stream.concat(fromActs, fromProceedings);
    }

    @Test
    void everySentenceIsRecordedWithItsTerm() {
        for (JsonNode g : items("sentences")) {
            String who = g.get("person").asString();
            assertThat(DEMO.proceedings()).as("sentence of " + who).anyMatch(p ->
                    p.step() instanceof ProceedingStep.Sentence s && personMatches(who, p.personId())
                            && termMatches(g, s));
        }
    }

    private static boolean personMatches(String who, String personId) {
        Person p = (Person) DEMO.find(personId).orElseThrow();
        return p.names().stream().map(PersonName::value).anyMatch(n -> GoldFacts.samePerson(who, n))
                || GoldFacts.shareToken(who, p.label());
    }

    private static boolean termMatches(JsonNode g, ProceedingStep.Sentence s) {
        if (g.has("years")) {
            return s.term().filter(t -> t.inYears() == g.get("years").asDouble()).isPresent();
        }
        boolean min = !g.has("years_min") || s.minimum().filter(t -> t.inYears() == g.get("years_min").asDouble()).isPresent();
        boolean max = !g.has("years_max") || s.maximum().filter(t -> t.inYears() == g.get("years_max").asDouble()).isPresent();
        return min && max;
    }

    @Test
    void everyChargeIsRecorded() {
        List<String> charges = new ArrayList<>();
        for (Proceeding p : DEMO.proceedings()) {
            if (p.step() instanceof ProceedingStep.Charge c) {
                c.charges().stream().map(ChargeText::text).forEach(charges::add);
            } else if (p.step() instanceof ProceedingStep.Verdict v) {
                v.charges().stream().map(ChargeText::text).forEach(charges::add);
            }
        }
        for (JsonNode g : items("charges")) {
            assertThat(charges).as(g.asString()).anyMatch(c -> GoldFacts.similar(g.asString(), c));
        }
    }

    @Test
    void everyViolationCategoryIsUsed() {
        List<String> used = DEMO.events().stream().flatMap(e -> e.violationCategories().stream()).toList();
        for (JsonNode g : items("violation_categories")) {
            assertThat(used).contains(g.asString());
        }
    }

    /** How each gold torture method is coded with the torture_methods vocabulary. */
    private static final Map<String, String> TORTURE_CODES = Map.of(
            "unofficial place of detention", "unofficial_detention",
            "stripped naked", "stripping",
            "made to lie or crouch on a cold concrete floor", "stress_position",
            "doused with cold water", "cold_water",
            "beaten and kicked to loss of consciousness", "beating",
            "suspended by the hair", "suspension",
            "threats against a family member", "threats_to_family",
            "suffocation with a plastic bag", "asphyxiation",
            "sexual humiliation and assault", "sexual_violence");

    @Test
    void everyTortureMethodIsRecorded() {
        List<String> used = DEMO.acts().stream().flatMap(a -> a.torture().stream())
                .flatMap(t -> t.methods().stream()).toList();
        for (JsonNode g : items("torture_methods")) {
            assertThat(TORTURE_CODES).as("a vocabulary code for '" + g.asString() + "'").containsKey(g.asString());
            assertThat(used).as(g.asString()).contains(TORTURE_CODES.get(g.asString()));
        }
    }

    /** How each gold fair-trial violation is coded with the fair_trial_concerns vocabulary. */
    private static final Map<String, String> FAIR_TRIAL_CODES = Map.of(
            "confessions extracted under torture", "coerced_confession",
            "prejudicial statements by officials in state media", "prejudicial_statements",
            "restricted access to lawyers", "restricted_legal_access",
            "restricted family visits", "restricted_family_visits",
            "lawyers forced to sign non-disclosure statements", "lawyer_gag_order",
            "no presumption of innocence", "no_presumption_of_innocence",
            "anonymous prosecution witnesses", "anonymous_witnesses");

    @Test
    void everyFairTrialViolationIsRecorded() {
        List<String> used = DEMO.proceedings().stream().map(Proceeding::step)
                .filter(ProceedingStep.Trial.class::isInstance)
                .flatMap(t -> ((ProceedingStep.Trial) t).fairTrialConcerns().stream()).toList();
        for (JsonNode g : items("fair_trial_violations")) {
            assertThat(FAIR_TRIAL_CODES).containsKey(g.asString());
            assertThat(used).as(g.asString()).contains(FAIR_TRIAL_CODES.get(g.asString()));
        }
    }

    @Test
    void everyDatedEventIsRecordedAtItsDate() {
        List<Map.Entry<PartialDate, String>> dated = new ArrayList<>();
        for (Event e : DEMO.events()) {
            String text = e.title() + " " + e.description().orElse("");
            e.start().ifPresent(d -> dated.add(Map.entry(d, text)));
            for (Tally t : e.tallies()) {
                t.date().ifPresent(d -> dated.add(Map.entry(d, t.what() + " " + text)));
            }
        }
        for (Proceeding p : DEMO.proceedings()) {
            String who = DEMO.find(p.personId()).map(Record::label).orElse("");
            p.date().ifPresent(d -> dated.add(Map.entry(d, p.step().kindCode() + " " + who + " "
                    + p.description().orElse("") + " " + p.eventId().flatMap(DEMO::find).map(Record::label).orElse(""))));
        }
        for (Intervention i : DEMO.interventions()) {
            String by = i.byId().flatMap(DEMO::find).map(Record::label).orElse("");
            i.date().ifPresent(d -> dated.add(Map.entry(d, by + " " + i.description().orElse(""))));
        }
        for (JsonNode g : items("dated_events")) {
            String date = g.get("date").asString();
            String what = g.get("what").asString();
            assertThat(dated).as("%s %s", date, what).anyMatch(e -> e.getKey().isoText().equals(date)
                    && GoldFacts.shareToken(what, e.getValue()));
        }
    }

    @Test
    void theSourceIsTheReportOfTheGoldFile() {
        assertThat(gold.get("report_year").asInt()).isEqualTo(2013);
        assertThat(DEMO.sources()).anyMatch(s -> s.date().map(PartialDate::year).equals(Optional.of(2013))
                && s.kind().equals("annual_report"));
        assertThat(DEMO.all()).allMatch(r -> !r.citations().isEmpty() || r instanceof org.vigil.core.model.Source);
        assertThat(DEMO.organisations()).extracting(Organisation::id).doesNotHaveDuplicates();
    }
}
