package org.vigil.core.model;

import org.junit.jupiter.api.Test;
import org.vigil.core.testing.RecordExamples;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record type declares every fact the rest of the system reads about it, and each declaration holds on
 * a full example of the type: a new type, or a new field that names a record, fails here until declared.
 */
class RecordTypeCoverageTest {

    private final Map<RecordType, Record> examples = RecordExamples.everyType();

    @Test
    void everyTypeHasOneFullExample() {
        assertThat(examples.keySet()).containsExactlyInAnyOrder(RecordType.values());
        examples.forEach((type, example) -> {
            assertThat(example.recordType()).as(type.code()).isEqualTo(type);
            assertThat(type.javaType()).isEqualTo(example.getClass());
        });
    }

    @Test
    void everyTypeHasItsOwnIdPrefix() {
        Set<String> seen = new HashSet<>();
        for (RecordType type : RecordType.values()) {
            assertThat(type.idPrefix()).as(type.code()).matches("[a-z]{2,8}");
            assertThat(seen.add(type.idPrefix())).as("prefix of " + type.code() + " is unique").isTrue();
        }
    }

    @Test
    void referencesPointAtExistingTypesAndEachPathOnce() {
        for (RecordType type : RecordType.values()) {
            Set<String> paths = new HashSet<>();
            for (Reference ref : type.references()) {
                assertThat(ref.targets()).as(type.code() + "." + ref.path()).isNotEmpty()
                        .allSatisfy(t -> assertThat(RecordType.values()).contains(t));
                assertThat(paths.add(ref.path())).as(type.code() + "." + ref.path() + " declared once").isTrue();
            }
            assertThat(type.referenceAt("citations.sourceId")).as(type.code() + " cites sources").isPresent();
        }
    }

    @Test
    void everyDeclaredPathHoldsAValueOnTheExample() {
        examples.forEach((type, example) -> {
            for (Reference ref : type.references()) {
                assertThat(FieldValues.exists(example, ref.path())).as(type.code() + "." + ref.path()).isTrue();
                assertThat(FieldValues.textsAt(example, ref.path())).as(type.code() + "." + ref.path()).isNotEmpty();
            }
            for (String path : type.vocabularyFields().keySet()) {
                assertThat(FieldValues.textsAt(example, path)).as(type.code() + "." + path).isNotEmpty();
            }
        });
    }

    @Test
    void everySearchablePathHoldsAValueOfItsRoleOnAnExample() {
        for (RecordType type : RecordType.values()) {
            List<Record> variants = RecordExamples.variants(type);
            for (Searchable.Field field : searchableFields(type)) {
                List<Object> values = new ArrayList<>();
                variants.forEach(v -> FieldValues.at(v, field.path()).forEach(f -> values.add(f.value())));
                assertThat(values).as(type.code() + "." + field.path()).isNotEmpty()
                        .allSatisfy(v -> assertThat(v).isInstanceOf(
                                field.role() == Searchable.Role.PLACE ? Place.class : String.class));
            }
        }
    }

    @Test
    void everyTypeButACaseDeclaresWhatIsSearchableEachPathOnce() {
        for (RecordType type : RecordType.values()) {
            List<String> paths = searchableFields(type).stream().map(Searchable.Field::path).toList();
            assertThat(paths).as(type.code()).doesNotHaveDuplicates();
            // A monitored case is found through its person, so it declares nothing of its own.
            assertThat(paths.isEmpty()).as(type.code()).isEqualTo(type == RecordType.CASE);
        }
    }

    @Test
    void aReportCarriesNoSensitiveValueAndNoAnonymousPersonsNames() {
        Person anonymous = ((Person) examples.get(RecordType.PERSON)).toBuilder()
                .anonymity(new Anonymity("Witness A", Optional.of("Real Identity"))).build();
        List<Record> records = new ArrayList<>(examples.values());
        records.add(anonymous);
        for (Record r : records) {
            Record shown = SensitiveFields.shownIn(SensitiveFields.Outlet.REPORT, r);
            assertThat(SensitiveFields.present(shown)).as(r.id()).isFalse();
            if (shown instanceof Source s) {
                assertThat(s.text()).as(r.id()).isEmpty();
            }
        }
        Person shown = (Person) SensitiveFields.shownIn(SensitiveFields.Outlet.REPORT, anonymous);
        assertThat(shown.names()).isEmpty();
        assertThat(shown.label()).isEqualTo("Witness A");
    }

    @Test
    void theIndexGetsNoContactNoRealIdentityAndNothingOfAnAnonymousPersonButThePseudonym() {
        Person person = (Person) examples.get(RecordType.PERSON);
        Person anonymous = person.toBuilder().groupDescription("striking oil workers")
                .anonymity(new Anonymity("Witness A", Optional.of("Real Identity"))).build();
        Person shown = (Person) SensitiveFields.shownIn(SensitiveFields.Outlet.SEARCH_INDEX, anonymous);
        assertThat(shown.contact()).isEmpty();
        assertThat(shown.anonymity()).contains(new Anonymity("Witness A", Optional.empty()));
        assertThat(shown.names()).isEmpty();
        assertThat(shown.groupDescription()).isEmpty();
        assertThat(shown.occupation()).isEmpty();
        assertThat(shown.sortDate()).isEmpty();
        assertThat(shown.descriptors()).isEqualTo(person.descriptors());
        Person named = (Person) SensitiveFields.shownIn(SensitiveFields.Outlet.SEARCH_INDEX, person);
        assertThat(named).isEqualTo(person.toBuilder().contact(Optional.<String>empty()).build());
    }

    @Test
    void theIndexHoldsTheTextOfPublishedSourcesOnlyNeverTextThatIsSealedAtRest() {
        Source published = (Source) examples.get(RecordType.SOURCE);
        assertThat(SensitiveFields.shownIn(SensitiveFields.Outlet.SEARCH_INDEX, published)).isEqualTo(published);
        for (Confidentiality level : Confidentiality.values()) {
            Source testimony = Source.builder("src-t").kind("testimony").title("Interview").text("…")
                    .confidentiality(level).build();
            assertThat(((Source) SensitiveFields.shownIn(SensitiveFields.Outlet.SEARCH_INDEX, testimony)).text())
                    .as("a testimony at level %s", level.code()).isEmpty();
            if (level != Confidentiality.PUBLIC) {
                Source report = testimony.toBuilder().kind("annual_report").build();
                assertThat(((Source) SensitiveFields.shownIn(SensitiveFields.Outlet.SEARCH_INDEX, report)).text())
                        .as("a report at level %s", level.code()).isEmpty();
            }
        }
    }

    private static List<Searchable.Field> searchableFields(RecordType type) {
        return type.searchable().stream().flatMap(s -> s.fields().stream()).toList();
    }

    @Test
    void everyFieldNamedLikeAReferenceIsDeclared() {
        examples.forEach((type, example) -> {
            Set<String> named = new TreeSet<>();
            idFields(example, "", named);
            Set<String> declared = new TreeSet<>();
            type.references().forEach(r -> declared.add(r.path()));
            assertThat(declared).as(type.code()).isEqualTo(named);
        });
    }

    @Test
    void datedTypesGiveTheirSortDate() {
        examples.forEach((type, example) -> {
            boolean dated = switch (type) {
                case EVENT, ACT, PERSON, PROCEEDING, INTERVENTION, SOURCE -> true;
                case ORGANISATION, INVOLVEMENT, EVENT_LINK, CASE -> false;
            };
            assertThat(example.sortDate().isPresent()).as(type.code()).isEqualTo(dated);
            assertThat(example.endDate().isPresent()).as(type.code())
                    .isEqualTo(type == RecordType.EVENT || type == RecordType.ACT);
        });
    }

    @Test
    void typesWithAPageOfTheirOwnLinkToIt() {
        assertThat(RecordType.EVENT.pageOf("evt-1")).isEqualTo("/events/evt-1");
        assertThat(RecordType.PERSON.pageOf("per-1")).isEqualTo("/persons/per-1");
        assertThat(RecordType.ORGANISATION.pageOf("org-1")).isEqualTo("/organisations/org-1");
        assertThat(RecordType.ACT.pageOf("act-1")).isEqualTo("/records/act-1");
    }

    @Test
    void cuttingAReferenceEmptiesAnOptionalAndDropsAListItem() {
        Record person = examples.get(RecordType.PERSON);
        Person cut = (Person) FieldValues.cut(FieldValues.cut(person, "names.sourceId", id -> false),
                "citations.sourceId", id -> false);
        assertThat(cut.names()).hasSize(1);
        assertThat(cut.names().get(0).sourceId()).isEmpty();
        assertThat(cut.citations()).isEmpty();
        assertThat(FieldValues.cut(person, "affiliationIds", id -> true)).isSameAs(person);
    }

    /** Paths (without list indices) of the components named {@code …Id} or {@code …Ids} under a value. */
    private static void idFields(Object value, String path, Set<String> found) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> idFields(v, path, found));
            return;
        }
        if (value instanceof List<?> l) {
            l.forEach(v -> idFields(v, path, found));
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            String child = path.isEmpty() ? c.getName() : path + "." + c.getName();
            if (c.getName().endsWith("Id") || c.getName().endsWith("Ids")) {
                found.add(child);
            }
            try {
                idFields(c.getAccessor().invoke(value), child, found);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
