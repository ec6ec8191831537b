package org.vigil.store.search;

import org.junit.jupiter.api.Test;
import org.vigil.core.count.Count;
import org.vigil.core.model.Anonymity;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Source;
import org.vigil.core.model.Tally;
import org.vigil.core.testing.RecordExamples;
import org.vigil.core.time.PartialDate;

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
 * The index holds exactly the values, in the roles and the order, pinned in {@code indexed-records.txt}
 * for every example record, every kind of legal step, and the records whose privacy rules matter: the
 * pins were taken from the per-type code before the record types declared their searchable fields, and
 * are compared by record id.
 */
class IndexedRecordDeclarationsTest {

    private static final String PINS = "indexed-records.txt";

    @Test
    void everyRecordIsIndexedExactlyAsPinned() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Record r : records()) {
            actual.put(r.id(), describe(IndexedRecord.of(r)));
        }
        // Set -Dvigil.pin=<dir> to write the pins afresh (only when the indexed content is meant to change).
        String dir = System.getProperty("vigil.pin");
        if (dir != null) {
            Files.writeString(Path.of(dir, PINS), String.join("\n", actual.values()) + "\n", StandardCharsets.UTF_8);
        }
        // Records of types added after the pins were taken are not pinned: a new type touches only the model.
        Map<String, String> pinned = pinned();
        assertThat(actual.keySet()).containsAll(pinned.keySet());
        pinned.forEach((id, line) -> assertThat(actual.get(id)).as(id).isEqualTo(line));
    }

    private static List<Record> records() {
        List<Record> all = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            all.addAll(RecordExamples.variants(type));
        }
        all.add(Event.builder("evt-many").title("Two towns").description("Shots fired.")
                .places(new Place("Ertis", Optional.of("Pavlodar Region"), Optional.of("KZ")),
                        new Place("Aksu", Optional.of("Pavlodar Region"), Optional.of("KZ")))
                .violationCategories("excessive_force", "arbitrary_detention")
                .tallies(new Tally("killed", Count.atLeast(4), "people", Optional.of("killing"), Optional.empty()),
                        new Tally("detained", Count.atLeast(30), "people", Optional.of("arbitrary_arrest"),
                                Optional.empty()))
                .monitoringStatus("open").confidentiality(Confidentiality.PUBLIC).build());
        Person person = (Person) RecordExamples.example(RecordType.PERSON);
        all.add(person.toBuilder().id("per-anon").names(new PersonName("Real Name", "Latn", Optional.empty(),
                        Optional.empty()))
                .groupDescription("striking oil workers").occupation("oil worker").birthDate(PartialDate.ofYear(1970))
                .anonymity(new Anonymity("Witness A", Optional.of("Real Identity"))).contact("+7 700 111 1111")
                .descriptors("witness", "former_detainee").build());
        all.add(person.toBuilder().id("per-group").groupDescription("striking oil workers").build());
        all.add(source("src-restricted-testimony", "testimony", Confidentiality.RESTRICTED));
        all.add(source("src-internal-report", "ngo_report", Confidentiality.INTERNAL));
        all.add(source("src-public-report", "ngo_report", Confidentiality.PUBLIC));
        all.add(source("src-public-testimony", "testimony", Confidentiality.PUBLIC));
        return all;
    }

    private static Source source(String id, String kind, Confidentiality level) {
        return Source.builder(id).kind(kind).title("Title of " + id).author("Author of " + id)
                .date(PartialDate.parse("2012")).text("Text of " + id).confidentiality(level).build();
    }

    private static String describe(IndexedRecord r) {
        return r.id() + " " + r.type().code() + " " + r.confidentiality().code() + " label=" + r.label()
                + " names=" + r.names() + " texts=" + r.texts() + " categories=" + r.categories()
                + " places=" + r.places() + " start=" + r.start() + " end=" + r.end();
    }

    /** The pinned lines by record id, the first word of each. */
    private static Map<String, String> pinned() throws IOException {
        try (InputStream in = IndexedRecordDeclarationsTest.class.getResourceAsStream(PINS)) {
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
