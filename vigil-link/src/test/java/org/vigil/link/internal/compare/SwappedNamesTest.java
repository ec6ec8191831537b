package org.vigil.link.internal.compare;

import org.junit.jupiter.api.Test;
import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source that wrote the given name under the surname and back (3% of the held-out people list's
 * records) is compared crosswise: both name fields then agree instead of both counting against (issue 17).
 */
class SwappedNamesTest {

    private static final LinkSettings SETTINGS = LinkSettings.defaults(List.of(
                    new FieldSettings("given_name", List.of("given_name"), ComparisonKind.NAME, true),
                    new FieldSettings("family_name", List.of("family_name"), ComparisonKind.NAME, true)),
            List.of(new BlockingRule(List.of("family_name:key"))));

    private static InputRecord person(String id, String given, String family) {
        return new InputRecord(id, "list", Map.of("given_name", given, "family_name", family));
    }

    private static PreparedRecords prepared(InputRecord... records) {
        return PreparedRecords.prepare(LinkInput.of(List.of(records)), SETTINGS);
    }

    @Test
    void givenAndFamilyNameWrittenTheWrongWayRoundAgreeCrosswise() {
        PreparedRecords r = prepared(person("a", "Sophie", "Muller"), person("b", "Muller", "Sphie"));
        assertThat(r.comparison(0).levels().get(r.level(0, 0, 1))).isEqualTo("one typo");
        assertThat(r.comparison(1).levels().get(r.level(1, 0, 1))).isEqualTo("exact");
    }

    @Test
    void twoDifferentPeopleStayDifferent() {
        PreparedRecords r = prepared(person("a", "Sophie", "Muller"), person("b", "Lukas", "Weber"));
        assertThat(r.comparison(0).levels().get(r.level(0, 0, 1))).isEqualTo("different");
        assertThat(r.comparison(1).levels().get(r.level(1, 0, 1))).isEqualTo("different");
    }

    @Test
    void aSurnameThatAgreesAsReadIsNotComparedCrosswise() {
        // "Muller" as given name of b only matches a's surname; the surnames agree as read: no swap
        PreparedRecords r = prepared(person("a", "Sophie", "Muller"), person("b", "Muller", "Muller"));
        assertThat(r.comparison(0).levels().get(r.level(0, 0, 1))).isEqualTo("different");
        assertThat(r.comparison(1).levels().get(r.level(1, 0, 1))).isEqualTo("exact");
    }
}
