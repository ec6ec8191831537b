package org.vigil.link.input;

import org.vigil.core.model.Citation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.time.PartialDate;
import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the store's {@link Person} records into linkage input: one input record per individual
 * (groups are not linked), with the columns {@code name}, {@code birth_date}, {@code sex} and
 * {@code nationality}, and the first cited source as its source.
 */
public final class PersonRecords {

    /**
     * The columns of {@link #toInput}, declared whether or not a person has a value in them: the settings
     * read all of them, and a data set without birth dates is still linked (on what it has).
     */
    public static final List<String> COLUMNS = List.of("name", "birth_date", "sex", "nationality");

    private PersonRecords() {
    }

    /** The linkage input of individuals; groups ("37 defendants") are left out. */
    public static LinkInput toInput(List<Person> persons) {
        List<InputRecord> records = new ArrayList<>();
        for (Person p : persons) {
            if (p.kind() != PersonKind.INDIVIDUAL || p.names().isEmpty()) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            values.put("name", p.names().get(0).value());
            p.birthDate().map(PartialDate::isoText).ifPresent(d -> values.put("birth_date", d));
            if (!p.sex().equals("unknown")) {
                values.put("sex", p.sex());
            }
            p.nationality().ifPresent(n -> values.put("nationality", n));
            String source = p.citations().stream().map(Citation::sourceId).findFirst().orElse("");
            records.add(new InputRecord(p.id(), source, values));
        }
        return LinkInput.of(COLUMNS, records);
    }

    /** Settings for {@link #toInput}: whole names, partial birth dates, sex and nationality. */
    public static LinkSettings settings() {
        return LinkSettings.defaults(List.of(
                        new FieldSettings("name", List.of("name"), ComparisonKind.PERSON_NAME, true),
                        new FieldSettings("birth_date", List.of("birth_date"), ComparisonKind.DATE, false),
                        new FieldSettings("sex", List.of("sex"), ComparisonKind.CATEGORY, false),
                        new FieldSettings("nationality", List.of("nationality"), ComparisonKind.CATEGORY, false)),
                List.of(new BlockingRule(List.of("name:wordpairs")),
                        new BlockingRule(List.of("name:words", "birth_date:year")),
                        new BlockingRule(List.of("name:firstletters", "birth_date:exact"))))
                .withMode(LinkMode.LINK_AND_DEDUPE);
    }
}
