package org.vigil.link.input;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.Citation;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's persons become linkage input without losing what linkage needs. */
class PersonRecordsTest {

    private static Person person(String id, PersonKind kind, String name, Optional<PartialDate> born) {
        return new Person(id, kind, List.of(PersonName.of(name)), Optional.empty(), Optional.empty(), "female", born,
                Optional.of("KZ"), Optional.empty(), List.of(), List.of(), false, Optional.empty(), Optional.empty(),
                Confidentiality.PUBLIC, List.of(Citation.of("src-7")));
    }

    @Test
    void individualsBecomeRecordsAndGroupsAreLeftOut() {
        LinkInput in = PersonRecords.toInput(List.of(
                person("p1", PersonKind.INDIVIDUAL, "Тулетаева Роза", Optional.of(PartialDate.ofYear(1975))),
                person("g1", PersonKind.GROUP, "defendants", Optional.empty())));
        assertThat(in.records()).hasSize(1);
        InputRecord r = in.records().get(0);
        assertThat(r.id()).isEqualTo("p1");
        assertThat(r.source()).isEqualTo("src-7");
        assertThat(r.values()).containsEntry("name", "Тулетаева Роза").containsEntry("birth_date", "1975")
                .containsEntry("sex", "female").containsEntry("nationality", "KZ");
        assertThat(PersonRecords.settings().fields()).extracting(f -> f.name())
                .containsExactly("name", "birth_date", "sex", "nationality");
    }
}
