package org.vigil.report.internal.view;

import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Anonymity;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.core.testing.RecordExamples;
import org.vigil.core.time.PartialDate;
import org.vigil.report.Audience;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public report's view of every example record, of an anonymous person and of public and restricted
 * sources is exactly as pinned in {@code report-view.txt}: the pins were taken from the per-type code
 * before the model declared what a report never prints, and are compared by record id.
 */
class ReportViewPinnedTest {

    private static final String PINS = "report-view.txt";

    @Test
    void aPublicReportShowsEveryRecordExactlyAsPinned() throws IOException {
        List<Record> records = new ArrayList<>(RecordExamples.dataset().all().toList());
        for (RecordType type : RecordType.values()) {
            RecordExamples.variants(type).stream().skip(1).forEach(records::add);
        }
        Person person = (Person) RecordExamples.example(RecordType.PERSON);
        records.add(person.toBuilder().id("per-anon").names(new PersonName("Real Name", "Latn", Optional.empty(),
                        Optional.empty()))
                .groupDescription("striking oil workers").occupation("oil worker").birthDate(PartialDate.ofYear(1970))
                .anonymity(new Anonymity("Witness A", Optional.of("Real Identity"))).contact("+7 700 111 1111")
                .build());
        records.add(source("src-restricted-testimony", "testimony", Confidentiality.RESTRICTED));
        records.add(source("src-public-report", "ngo_report", Confidentiality.PUBLIC));
        records.add(source("src-public-testimony", "testimony", Confidentiality.PUBLIC));

        ReportView view = ReportView.of(Dataset.of(records), Audience.PUBLIC, r -> true);
        Map<String, String> actual = new LinkedHashMap<>();
        view.visible().all().forEach(r -> actual.put(r.id(), r.id() + " visible " + r));
        view.withheld().all().forEach(r -> actual.put(r.id(), r.id() + " withheld " + r.id()));
        // Set -Dvigil.pin=<dir> to write the pins afresh (only when what a report prints is meant to change).
        String dir = System.getProperty("vigil.pin");
        if (dir != null) {
            Files.writeString(Path.of(dir, PINS), String.join("\n", actual.values()) + "\n", StandardCharsets.UTF_8);
        }
        // Records of types added after the pins were taken are not pinned: a new type touches only the model.
        Map<String, String> pinned = pinned();
        assertThat(actual.keySet()).containsAll(pinned.keySet());
        pinned.forEach((id, line) -> assertThat(actual.get(id)).as(id).isEqualTo(line));
    }

    private static Source source(String id, String kind, Confidentiality level) {
        return Source.builder(id).kind(kind).title("Title of " + id).author("Author of " + id)
                .date(PartialDate.parse("2012")).text("Text of " + id).confidentiality(level).build();
    }

    /** The pinned lines by record id, the first word of each. */
    private static Map<String, String> pinned() throws IOException {
        try (InputStream in = ReportViewPinnedTest.class.getResourceAsStream(PINS)) {
            assertThat(in).as(PINS).isNotNull();
            Map<String, String> lines = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    lines.put(line.substring(0, line.indexOf(' ')), line);
                }
            }
            return lines;
        }
    }
}
