package org.vigil.core.dataset;

import org.vigil.core.model.Act;
import org.vigil.core.model.Citation;
import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Event;
import org.vigil.core.model.FieldValues;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.Place;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Reference;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.Vocabulary;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.core.vocab.VocabularyTerm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a data set against the model's rules: identifiers, references between records,
 * vocabulary terms, required fields and date order. Every violation names the record, the field
 * and the rule.
 */
public final class DatasetValidator {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> SEXES = Set.copyOf(AllowedValues.SEXES);
    private static final Set<String> DEGREES = Set.copyOf(AllowedValues.DEGREES);
    private static final Set<String> INVOLVEMENT_STATUSES = Set.copyOf(AllowedValues.INVOLVEMENT_STATUSES);
    private static final Set<String> VERDICTS = Set.copyOf(AllowedValues.VERDICTS);
    private static final Set<String> APPEALS = Set.copyOf(AllowedValues.APPEALS);
    private static final Set<String> RELEASES = Set.copyOf(AllowedValues.RELEASES);
    private static final Set<String> TALLY_UNITS = Set.copyOf(AllowedValues.TALLY_UNITS);

    private final Vocabularies vocabularies;

    /** A validator that checks terms against these vocabularies. */
    public DatasetValidator(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** Checks a self-contained data set. */
    public List<Violation> validate(Dataset dataset) {
        return validate(dataset, id -> Optional.empty());
    }

    /**
     * Checks a data set whose references may also point to records that already exist elsewhere.
     *
     * @param existing the type of an existing record by id, for references outside the data set
     */
    public List<Violation> validate(Dataset dataset, Function<String, Optional<RecordType>> existing) {
        Run run = new Run(dataset, existing);
        run.checkIds();
        for (RecordType type : RecordType.values()) {
            List<Record> records = dataset.records(type);
            for (int i = 0; i < records.size(); i++) {
                run.at(type, i, records.get(i));
                run.check(records.get(i));
            }
        }
        return run.violations;
    }

    private final class Run {
        private final Dataset dataset;
        private final Function<String, Optional<RecordType>> existing;
        private final List<Violation> violations = new ArrayList<>();
        private final Map<String, RecordType> types = new HashMap<>();
        private RecordType type;
        private int index;
        private String recordId;

        Run(Dataset dataset, Function<String, Optional<RecordType>> existing) {
            this.dataset = dataset;
            this.existing = existing;
            dataset.all().forEach(r -> types.putIfAbsent(r.id(), r.recordType()));
        }

        void at(RecordType type, int index, Record record) {
            this.type = type;
            this.index = index;
            this.recordId = record.id();
        }

        void fail(String field, String rule, String message) {
            violations.add(new Violation(type, index, recordId, field, rule, message));
        }

        void checkIds() {
            Map<String, String> firstSeen = new HashMap<>();
            for (RecordType t : RecordType.values()) {
                List<Record> records = dataset.records(t);
                for (int i = 0; i < records.size(); i++) {
                    Record r = records.get(i);
                    at(t, i, r);
                    if (!ID.matcher(r.id()).matches()) {
                        fail("id", "id-format", "id '" + r.id() + "' is not valid: use 1-100 letters, digits, "
                                + "'.', '_', ':' or '-', starting with a letter or digit");
                    }
                    String where = t.plural() + "[" + i + "]";
                    String previous = firstSeen.putIfAbsent(r.id(), where);
                    if (previous != null) {
                        fail("id", "duplicate-id", "id '" + r.id() + "' is already used by " + previous
                                + ": every record needs its own id");
                    }
                }
            }
        }

        void check(Record record) {
            TextLimits.check(record, (field, limit) -> fail(field, "too-long", field + " is longer than "
                    + String.format(Locale.ROOT, "%,d", limit) + " characters: shorten it"
                    + (limit == TextLimits.SHORT ? " (a longer text belongs in a description or note)"
                    : " (longer material belongs in an attached file)")));
            RecordType type = record.recordType();
            for (Reference ref : type.references()) {
                for (FieldValues.Found f : FieldValues.textsAt(record, ref.path())) {
                    reference(f.path(), (String) f.value(), ref.targets());
                }
            }
            type.vocabularyFields().forEach((path, kind) -> {
                for (FieldValues.Found f : FieldValues.textsAt(record, path)) {
                    term(f.path(), kind, (String) f.value());
                }
            });
            spans(record.citations());
            Runnable rules = switch (type) {
                case EVENT -> () -> event((Event) record);
                case ACT -> () -> act((Act) record);
                case PERSON -> () -> person((Person) record);
                case ORGANISATION -> () -> organisation((Organisation) record);
                case INVOLVEMENT -> () -> involvement((Involvement) record);
                case PROCEEDING -> () -> proceeding((Proceeding) record);
                case INTERVENTION -> () -> { };
                case SOURCE -> () -> source((Source) record);
                case EVENT_LINK -> () -> eventLink((EventLink) record);
                case CASE -> () -> monitoredCase((MonitoredCase) record);
            };
            rules.run();
        }

        void event(Event e) {
            required("title", e.title());
            for (int i = 0; i < e.places().size(); i++) {
                place("places[" + i + "]", e.places().get(i));
            }
            dateOrder(e.start(), e.end());
            for (int i = 0; i < e.tallies().size(); i++) {
                var t = e.tallies().get(i);
                String f = "tallies[" + i + "]";
                required(f + ".what", t.what());
                oneOf(f + ".unit", t.unit(), TALLY_UNITS);
            }
        }

        void act(Act a) {
            dateOrder(a.start(), a.end());
            a.place().ifPresent(p -> place("place", p));
        }

        void person(Person p) {
            if (p.kind() == PersonKind.GROUP) {
                if (p.groupDescription().isEmpty()) {
                    fail("groupDescription", "required", "a group needs a description of who they are");
                }
            } else {
                if (p.names().isEmpty() && p.anonymity().isEmpty()) {
                    fail("names", "required", "an individual needs at least one name, or a pseudonym under anonymity");
                }
                if (p.groupSize().isPresent()) {
                    fail("groupSize", "group-only", "only a group has a size: set kind to group or remove groupSize");
                }
            }
            for (int i = 0; i < p.names().size(); i++) {
                var n = p.names().get(i);
                required("names[" + i + "].value", n.value());
                if (!Set.of("Latn", "Cyrl", "Arab", "Zyyy").contains(n.script())
                        && !n.script().matches("[A-Z][a-z]{3}")) {
                    fail("names[" + i + "].script", "script", "'" + n.script()
                            + "' is not an ISO 15924 script code such as Latn or Cyrl");
                }
            }
            oneOf("sex", p.sex(), SEXES);
            p.nationality().ifPresent(c -> country("nationality", c));
            p.anonymity().ifPresent(a -> {
                required("anonymity.pseudonym", a.pseudonym());
                if (!p.names().isEmpty()) {
                    // Names are shown and indexed; the identity of an anonymous person belongs in realIdentity only.
                    fail("names", "anonymity", "an anonymous person is shown by pseudonym: move the names into "
                            + "anonymity.realIdentity, which is encrypted and restricted");
                }
            });
        }

        void organisation(Organisation o) {
            required("name", o.name());
            o.country().ifPresent(c -> country("country", c));
            o.parentId().ifPresent(id -> {
                if (id.equals(o.id())) {
                    fail("parentId", "reference", "an organisation cannot be part of itself");
                }
            });
        }

        void involvement(Involvement v) {
            oneOf("degree", v.degree(), DEGREES);
            oneOf("status", v.status(), INVOLVEMENT_STATUSES);
        }

        void proceeding(Proceeding p) {
            if (p.step() == null) {
                fail("step", "required", "a proceeding needs a step with a kind such as arrest, charge or sentence");
                return;
            }
            ProceedingStep step = p.step();
            if (step instanceof ProceedingStep.Charge c) {
                charges("step.charges", c.charges(), true);
            } else if (step instanceof ProceedingStep.Verdict v) {
                oneOf("step.outcome", v.outcome(), VERDICTS);
                charges("step.charges", v.charges(), false);
            } else if (step instanceof ProceedingStep.Sentence s) {
                sentence(s);
            } else if (step instanceof ProceedingStep.Appeal a) {
                oneOf("step.outcome", a.outcome(), APPEALS);
            } else if (step instanceof ProceedingStep.Release r) {
                oneOf("step.manner", r.manner(), RELEASES);
            } else if (step instanceof ProceedingStep.ExtraditionRequest x) {
                country("step.requestingState", x.requestingState());
            }
        }

        void sentence(ProceedingStep.Sentence s) {
            boolean anything = s.term().isPresent() || s.minimum().isPresent() || s.maximum().isPresent()
                    || s.life() || s.fine().isPresent() || s.confiscation() || s.death();
            if (!anything) {
                fail("step", "sentence-empty", "a sentence needs a term, a minimum or maximum, life, death, "
                        + "a fine or confiscation");
            }
            if (s.minimum().isPresent() && s.maximum().isPresent()
                    && s.minimum().get().inYears() > s.maximum().get().inYears()) {
                fail("step.minimum", "range", "minimum " + s.minimum().get() + " exceeds maximum "
                        + s.maximum().get());
            }
        }

        void charges(String field, List<ChargeText> charges, boolean atLeastOne) {
            if (atLeastOne && charges.isEmpty()) {
                fail(field, "required", "a charge step needs at least one charge text");
            }
            for (int i = 0; i < charges.size(); i++) {
                required(field + "[" + i + "].text", charges.get(i).text());
            }
        }

        void source(Source s) {
            required("title", s.title());
            s.language().ifPresent(l -> {
                if (!l.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                    fail("language", "language-tag", "'" + l + "' is not a BCP 47 language tag such as en, ru or kk");
                }
            });
        }

        void eventLink(EventLink l) {
            if (l.fromEventId().equals(l.toEventId())) {
                fail("toEventId", "reference", "an event cannot be linked to itself");
            }
        }

        void monitoredCase(MonitoredCase c) {
            c.detentionLimitDays().ifPresent(days -> {
                if (days <= 0) {
                    fail("detentionLimitDays", "range", "a detention limit of " + days + " days makes no sense: "
                            + "give a positive number of days or leave it empty");
                }
            });
            for (int i = 0; i < c.nextDates().size(); i++) {
                required("nextDates[" + i + "].what", c.nextDates().get(i).what());
            }
        }

        void spans(List<Citation> citations) {
            for (int i = 0; i < citations.size(); i++) {
                Citation c = citations.get(i);
                String f = "citations[" + i + "]";
                Optional<Record> source = dataset.find(c.sourceId());
                if (c.span().isPresent() && source.isPresent() && source.get() instanceof Source s
                        && s.text().isPresent() && c.span().get().end() > s.text().get().length()) {
                    fail(f + ".span", "span", "span ends at " + c.span().get().end() + " but source '"
                            + s.id() + "' has only " + s.text().get().length() + " characters");
                }
            }
        }

        void place(String field, Place p) {
            required(field + ".name", p.name());
            p.country().ifPresent(c -> country(field + ".country", c));
        }

        void required(String field, String value) {
            if (value == null || value.isBlank()) {
                fail(field, "required", field + " is required and must not be blank");
            }
        }

        void country(String field, String code) {
            if (!COUNTRY.matcher(code).matches()) {
                fail(field, "country", "'" + code + "' is not an ISO 3166-1 alpha-2 country code such as KZ or UZ");
            }
        }

        void oneOf(String field, String value, Set<String> allowed) {
            if (!allowed.contains(value)) {
                fail(field, "value", "'" + value + "' is not allowed: use one of "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }

        void term(String field, VocabularyKind kind, String code) {
            Vocabulary v = vocabularies.get(kind);
            if (!v.contains(code)) {
                String known = v.terms().stream().map(VocabularyTerm::code).collect(Collectors.joining(", "));
                fail(field, "vocabulary", "'" + code + "' is not a term of the " + kind.fileName()
                        + " vocabulary; use one of: " + known + " (or add it to " + kind.fileName() + ".tsv)");
            }
        }

        void reference(String field, String id, Set<RecordType> allowed) {
            if (id == null || id.isBlank()) {
                fail(field, "required", field + " is required: give the id of a "
                        + allowed.stream().map(RecordType::code).collect(Collectors.joining(" or ")));
                return;
            }
            RecordType found = types.get(id);
            if (found == null) {
                found = existing.apply(id).orElse(null);
            }
            if (found == null) {
                fail(field, "reference", "'" + id + "' does not name any record: check the id or add the "
                        + allowed.stream().map(RecordType::code).collect(Collectors.joining(" or ")));
            } else if (!allowed.contains(found)) {
                fail(field, "reference", "'" + id + "' is " + article(found.code()) + ", but " + field + " must name "
                        + allowed.stream().map(t -> article(t.code())).collect(Collectors.joining(" or ")));
            }
        }

        String article(String noun) {
            return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun.replace('_', ' ');
        }

        void dateOrder(Optional<PartialDate> start, Optional<PartialDate> end) {
            if (start.isPresent() && end.isPresent() && end.get().isCertainlyBefore(start.get())) {
                fail("end", "date-order", "end " + end.get() + " is before start " + start.get());
            }
        }
    }
}
