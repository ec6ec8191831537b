package org.vigil.report.internal.view;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.FieldValues;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Reference;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.testing.RecordExamples;
import org.vigil.report.Audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a report leaves out follows the references the record types declare, essential or not. */
class ReportViewDeclarationsTest {

    private final Dataset data = RecordExamples.dataset();

    @Test
    void aRecordIsWithheldWithTheTargetOfAnEssentialReference() {
        RecordExamples.everyType().forEach((type, example) -> {
            for (Reference ref : type.references()) {
                if (!ref.essential()) {
                    continue;
                }
                for (FieldValues.Found target : FieldValues.textsAt(example, ref.path())) {
                    ReportView view = ReportView.of(data, Audience.INTERNAL, r -> !r.id().equals(target.value()));
                    assertThat(view.visible().find(example.id())).as(type.code() + "." + ref.path()).isEmpty();
                    assertThat(view.withheld().find(example.id())).as(type.code() + "." + ref.path()).isPresent();
                }
            }
        });
    }

    @Test
    void everyOtherReferenceToAWithheldRecordIsCut() {
        RecordExamples.everyType().forEach((type, example) -> {
            for (Reference ref : type.references()) {
                if (ref.essential()) {
                    continue;
                }
                for (FieldValues.Found target : FieldValues.textsAt(example, ref.path())) {
                    ReportView view = ReportView.of(data, Audience.INTERNAL, r -> !r.id().equals(target.value()));
                    Record kept = view.visible().find(example.id()).orElseThrow(() ->
                            new AssertionError(type.code() + " withheld for its " + ref.path()));
                    assertThat(FieldValues.textsAt(kept, ref.path())).as(type.code() + "." + ref.path())
                            .noneMatch(f -> f.value().equals(target.value()));
                }
            }
        });
    }

    @Test
    void aPublicReportNamesNoRestrictedRecordThroughAReferenceOfAnyType() {
        // Before the declarations, an organisation's parent, a spelling's source and the citations of
        // organisations, event links and cases were not cut, so they named withheld records.
        Source testimony = new Source("src-secret", "testimony", "Interview", Optional.empty(), Optional.empty(),
                Optional.empty(), Reliability.MEDIUM, Optional.empty(), Optional.of("…"),
                Confidentiality.RESTRICTED, List.of());
        Organisation secretParent = new Organisation("org-secret", "Unit 7", List.of(), "security_service",
                Optional.empty(), Optional.empty(), Confidentiality.RESTRICTED, List.of());
        List<Record> records = new ArrayList<>(data.all().toList());
        records.add(testimony);
        records.add(secretParent);
        Organisation police = (Organisation) data.find("org-1").orElseThrow();
        records.set(records.indexOf(police), new Organisation(police.id(), police.name(), police.otherNames(),
                police.kind(), police.country(), Optional.of("org-secret"), police.confidentiality(),
                List.of(Citation.of("src-secret"))));
        EventLink link = (EventLink) data.find("lnk-1").orElseThrow();
        records.set(records.indexOf(link), new EventLink(link.id(), link.fromEventId(), link.toEventId(), link.kind(),
                link.description(), link.confidentiality(), List.of(Citation.of("src-secret"), Citation.of("src-1"))));
        Person person = (Person) data.find("per-1").orElseThrow();
        records.set(records.indexOf(person), person.toBuilder().names(person.names().stream()
                .map(n -> new PersonName(n.value(), n.script(), n.language(),
                        Optional.of("src-secret"))).toList()).build());

        ReportView view = ReportView.of(Dataset.of(records), Audience.PUBLIC, r -> true);

        view.visible().all().forEach(r -> {
            for (Reference ref : r.recordType().references()) {
                assertThat(FieldValues.textsAt(r, ref.path())).as(r.id() + "." + ref.path())
                        .noneMatch(f -> f.value().equals("src-secret") || f.value().equals("org-secret"));
            }
        });
        assertThat(((EventLink) view.visible().find("lnk-1").orElseThrow()).citations())
                .containsExactly(Citation.of("src-1"));
        assertThat(((Person) view.visible().find("per-1").orElseThrow()).names()).hasSize(1);
        assertThat(view.visible().find("org-1")).map(r -> ((Organisation) r).parentId()).contains(Optional.empty());
        assertThat(RecordType.ORGANISATION.referenceAt("parentId")).isPresent();
    }
}
