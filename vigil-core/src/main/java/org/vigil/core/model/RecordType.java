package org.vigil.core.model;

import org.vigil.core.vocab.VocabularyKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.vigil.core.model.Reference.essential;
import static org.vigil.core.model.Reference.optional;
import static org.vigil.core.model.Reference.optionalToAny;
import static org.vigil.core.model.Searchable.categoryAt;
import static org.vigil.core.model.Searchable.codeAt;
import static org.vigil.core.model.Searchable.eachAt;
import static org.vigil.core.model.Searchable.nameAt;
import static org.vigil.core.model.Searchable.placeAt;
import static org.vigil.core.model.Searchable.textAt;

/**
 * The kinds of record, with their names in data files and the facts the rest of the system reads about
 * them: the prefix of new ids, the fields that refer to other records, the fields whose values are
 * vocabulary terms, the fields the search index holds, and whether the type has a page of its own. Each fact is an exhaustive {@code switch}
 * without {@code default}, so a new type does not compile until it declares them all.
 */
public enum RecordType {
    EVENT("event", "events", Event.class),
    ACT("act", "acts", Act.class),
    PERSON("person", "persons", Person.class),
    ORGANISATION("organisation", "organisations", Organisation.class),
    INVOLVEMENT("involvement", "involvements", Involvement.class),
    PROCEEDING("proceeding", "proceedings", Proceeding.class),
    INTERVENTION("intervention", "interventions", Intervention.class),
    SOURCE("source", "sources", Source.class),
    EVENT_LINK("event_link", "eventLinks", EventLink.class),
    CASE("case", "cases", MonitoredCase.class);

    private final String code;
    private final String plural;
    private final Class<? extends Record> javaType;

    RecordType(String code, String plural, Class<? extends Record> javaType) {
        this.code = code;
        this.plural = plural;
        this.javaType = javaType;
    }

    /** The type name in JSON ({@code "type": "person"}) and in the store. */
    public String code() {
        return code;
    }

    /** The name of the list of such records in a data set file ({@code persons}). */
    public String plural() {
        return plural;
    }

    /** The Java record class. */
    public Class<? extends Record> javaType() {
        return javaType;
    }

    /** The type of a code such as {@code person}. */
    public static RecordType fromCode(String code) {
        for (RecordType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a record type: use one of "
                + Arrays.stream(values()).map(RecordType::code).collect(Collectors.joining(", ")));
    }

    /** The type of a record. */
    public static RecordType of(Record record) {
        for (RecordType t : values()) {
            if (t.javaType.isInstance(record)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown record class " + record.getClass());
    }

    /** The prefix of the ids the application gives new records of this type ({@code evt-1a2b3c4d}). */
    public String idPrefix() {
        return switch (this) {
            case EVENT -> "evt";
            case ACT -> "act";
            case PERSON -> "per";
            case ORGANISATION -> "org";
            case INVOLVEMENT -> "inv";
            case PROCEEDING -> "prc";
            case INTERVENTION -> "int";
            case SOURCE -> "src";
            case EVENT_LINK -> "lnk";
            case CASE -> "case";
        };
    }

    /**
     * Every field of this type that holds the id of another record, with the types it may name; the
     * citations' sources come last, as every type has citations.
     */
    public List<Reference> references() {
        return Declarations.REFERENCES.get(this);
    }

    private List<Reference> declaredReferences() {
        List<Reference> own = switch (this) {
            case EVENT -> List.of();
            case ACT -> List.of(essential("eventId", EVENT), essential("victimId", PERSON));
            case PERSON -> List.of(optional("names.sourceId", SOURCE), optional("affiliationIds", ORGANISATION));
            case ORGANISATION -> List.of(optional("parentId", ORGANISATION));
            case INVOLVEMENT -> List.of(essential("actId", ACT), essential("perpetratorId", PERSON, ORGANISATION));
            case PROCEEDING -> List.of(essential("personId", PERSON), optional("eventId", EVENT),
                    optional("authorityId", ORGANISATION));
            case INTERVENTION -> List.of(optional("byId", ORGANISATION), optionalToAny("targetIds"));
            case SOURCE -> List.of();
            case EVENT_LINK -> List.of(essential("fromEventId", EVENT), essential("toEventId", EVENT));
            case CASE -> List.of(essential("personId", PERSON));
        };
        List<Reference> all = new ArrayList<>(own);
        all.add(optional("citations.sourceId", SOURCE));
        return List.copyOf(all);
    }

    /** The reference declared at a path without list indices ({@code names.sourceId}), if any. */
    public Optional<Reference> referenceAt(String path) {
        return references().stream().filter(r -> r.path().equals(path)).findFirst();
    }

    /** Every field of this type whose values are terms of a vocabulary, by path without list indices. */
    public Map<String, VocabularyKind> vocabularyFields() {
        return Declarations.VOCABULARY_FIELDS.get(this);
    }

    private Map<String, VocabularyKind> declaredVocabularyFields() {
        return switch (this) {
            case EVENT -> terms("violationCategories", VocabularyKind.VIOLATION_CATEGORY,
                    "monitoringStatus", VocabularyKind.MONITORING_STATUS, "tallies.actType", VocabularyKind.ACT_TYPE);
            case ACT -> terms("actType", VocabularyKind.ACT_TYPE, "torture.methods", VocabularyKind.TORTURE_METHOD);
            case PERSON -> terms("descriptors", VocabularyKind.PERSON_DESCRIPTOR);
            case ORGANISATION -> terms("kind", VocabularyKind.ORGANISATION_TYPE);
            case INVOLVEMENT -> terms("perpetratorType", VocabularyKind.PERPETRATOR_TYPE);
            case PROCEEDING -> terms("step.fairTrialConcerns", VocabularyKind.FAIR_TRIAL_CONCERN);
            case INTERVENTION -> terms("kind", VocabularyKind.INTERVENTION_TYPE);
            case SOURCE -> terms("kind", VocabularyKind.SOURCE_TYPE);
            case EVENT_LINK -> terms("kind", VocabularyKind.EVENT_LINK_TYPE);
            case CASE -> terms("status", VocabularyKind.CASE_STATUS);
        };
    }

    private static Map<String, VocabularyKind> terms(Object... pathsAndKinds) {
        Map<String, VocabularyKind> fields = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndKinds.length; i += 2) {
            fields.put((String) pathsAndKinds[i], (VocabularyKind) pathsAndKinds[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * The fields the search index holds, in the order their values are indexed, besides the label that every
     * record is found by. The index reads them from {@link SensitiveFields#shownIn} of the record, so a value
     * that must never be indexed is absent however the fields are declared.
     */
    public List<Searchable> searchable() {
        return Declarations.SEARCHABLE.get(this);
    }

    private List<Searchable> declaredSearchable() {
        return switch (this) {
            case EVENT -> List.of(textAt("description"), placeAt("places"), categoryAt("violationCategories"),
                    eachAt("tallies", textAt("what"), codeAt("actType")), codeAt("monitoringStatus"));
            case ACT -> List.of(codeAt("actType"), textAt("description"), placeAt("place"),
                    textAt("detention.placeOfDetention"), codeAt("torture.methods"), textAt("torture.purpose"),
                    textAt("killing.means"));
            case PERSON -> List.of(nameAt("names.value"), textAt("groupDescription"), textAt("occupation"),
                    codeAt("descriptors"));
            case ORGANISATION -> List.of(nameAt("name"), nameAt("otherNames"), codeAt("kind"));
            case INVOLVEMENT -> List.of(codeAt("perpetratorType"), codeAt("degree"), codeAt("status"),
                    textAt("description"));
            // A step holds one of these fields or none, by its kind; a verdict's outcome comes before its charges.
            case PROCEEDING -> List.of(codeAt("step.kindCode"), textAt("step.place"), textAt("step.placeOfDetention"),
                    codeAt("step.fairTrialConcerns"), codeAt("step.outcome"),
                    eachAt("step.charges", textAt("text"), textAt("legalArticle")), textAt("step.describe"),
                    codeAt("step.manner"), textAt("step.requestingState"), textAt("step.grounds"),
                    textAt("description"));
            case INTERVENTION -> List.of(codeAt("kind"), textAt("description"), textAt("response"));
            case SOURCE -> List.of(codeAt("kind"), textAt("author"), textAt("text"));
            case EVENT_LINK -> List.of(codeAt("kind"), textAt("description"));
            // A monitored case is found through its person: nothing of its own is searchable.
            case CASE -> List.of();
        };
    }

    /** True when records of this type have a page of their own ({@code /events/evt-1}), not only the generic one. */
    public boolean hasOwnPage() {
        return switch (this) {
            case EVENT, PERSON, ORGANISATION -> true;
            case ACT, INVOLVEMENT, PROCEEDING, INTERVENTION, SOURCE, EVENT_LINK, CASE -> false;
        };
    }

    /** Where a person reads a record of this type: its own page if it has one, else the generic record page. */
    public String pageOf(String id) {
        return hasOwnPage() ? "/" + plural + "/" + id : "/records/" + id;
    }

    /** A human label: "Event", "Event link". */
    public String label() {
        String s = code.replace('_', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The declarations, computed once (an enum's constants cannot read each other while they are built). */
    private static final class Declarations {
        static final Map<RecordType, List<Reference>> REFERENCES = new EnumMap<>(RecordType.class);
        static final Map<RecordType, Map<String, VocabularyKind>> VOCABULARY_FIELDS = new EnumMap<>(RecordType.class);
        static final Map<RecordType, List<Searchable>> SEARCHABLE = new EnumMap<>(RecordType.class);

        static {
            for (RecordType t : values()) {
                REFERENCES.put(t, t.declaredReferences());
                VOCABULARY_FIELDS.put(t, t.declaredVocabularyFields());
                SEARCHABLE.put(t, t.declaredSearchable());
            }
        }
    }
}
