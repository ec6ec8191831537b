package org.vigil.store.search;

import org.vigil.core.text.NameSkeleton;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.search.SampleRecords.anonymous;
import static org.vigil.store.search.SampleRecords.person;
import static org.vigil.store.search.SampleRecords.source;
import static org.vigil.store.search.SampleRecords.withContact;

/**
 * Sensitive fields never reach the index: canary strings put into them are absent from every byte of every
 * index file, from every term, stored value and doc value, and cannot be found by searching.
 */
class SensitiveFieldsTest {

    /** Canaries are letters and digits that every analysis chain keeps as they are, so any leak would show. */
    private static final String CONTACT = "turtledove4711contact";
    private static final String REAL_IDENTITY = "marmot5822identity";
    private static final String ANONYMOUS_NAME = "pelican6933name";
    private static final String TESTIMONY = "badger7044testimony";
    private static final String INTERNAL_TESTIMONY = "beaver8155internal";
    private static final String CYRILLIC_CONTACT = "Бурундук9266";
    /** Put into indexed fields: proves that the scans below can see what is in the index. */
    private static final String PUBLIC_MARKER = "otter9377public";
    private static final String PUBLIC_TEXT_MARKER = "lemur1488published";

    /** A testimony whose record is public: its text is still sealed at rest, so the index must not hold it. */
    private static final String PUBLIC_TESTIMONY = "heron5262spoken";
    private static final List<String> CANARIES = List.of(CONTACT, REAL_IDENTITY, ANONYMOUS_NAME, TESTIMONY,
            INTERNAL_TESTIMONY, CYRILLIC_CONTACT, PUBLIC_TESTIMONY);

    @TempDir
    Path dir;

    private Path indexDir;

    @BeforeEach
    void indexRecordsWithCanaries() {
        indexDir = dir.resolve("index");
        List<Record> records = List.of(
                withContact(person("p1", "Roza Tuletaeva " + PUBLIC_MARKER), "phone " + CONTACT + " ask for Roza"),
                withContact(person("p2", "Козлов Максим"), "адрес " + CYRILLIC_CONTACT),
                anonymous("p3", "Witness A", "Real name " + REAL_IDENTITY, "Signal " + CONTACT,
                        "Aigul " + ANONYMOUS_NAME),
                source("s1", "Testimony of Witness A", Confidentiality.RESTRICTED,
                        "I was held in Aktau. " + TESTIMONY),
                source("s2", "Interview notes", Confidentiality.INTERNAL, "Notes: " + INTERNAL_TESTIMONY),
                source("s3", "Published report", Confidentiality.PUBLIC, "The report says " + PUBLIC_TEXT_MARKER)
                        .toBuilder().kind("report").build(),
                source("s4", "Published testimony", Confidentiality.PUBLIC, "She said " + PUBLIC_TESTIMONY));
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            index.index(records);
            index.commit();
            index.rebuild(records.stream());
        }
    }

    @Test
    void noIndexFileContainsACanaryInAnyForm() throws IOException {
        byte[][] files = indexFiles();
        for (String form : forms(CANARIES)) {
            byte[] needle = form.getBytes(StandardCharsets.UTF_8);
            for (byte[] file : files) {
                assertThat(indexOf(file, needle)).as("canary form '%s' found in an index file", form).isNegative();
            }
        }
    }

    @Test
    void theByteScanFindsWhatIsIndexed() throws IOException {
        byte[][] files = indexFiles();
        for (String marker : List.of(PUBLIC_MARKER, PUBLIC_TEXT_MARKER)) {
            byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
            assertThat(Stream.of(files).anyMatch(f -> indexOf(f, needle) >= 0))
                    .as("public marker %s must be visible to the byte scan", marker).isTrue();
        }
    }

    @Test
    void noTermStoredValueOrDocValueContainsACanary() throws IOException {
        List<String> everything = indexedValues();
        assertThat(everything).anyMatch(v -> v.contains(PUBLIC_MARKER));
        assertThat(everything).anyMatch(v -> v.contains(PUBLIC_TEXT_MARKER));
        for (String form : forms(CANARIES)) {
            assertThat(everything).noneMatch(v -> v.contains(form));
        }
    }

    @Test
    void canariesCannotBeFoundBySearchEvenWithFullAccess() {
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            for (String canary : CANARIES) {
                assertThat(index.search(SearchQuery.text(canary), AccessScope.everything()).total()).as(canary).isZero();
            }
            assertThat(index.search(SearchQuery.text(PUBLIC_TEXT_MARKER), AccessScope.viewer()).total()).isEqualTo(1);
        }
    }

    @Test
    void anAnonymousPersonIsFoundByPseudonymOnly() {
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            SearchResult r = index.search(SearchQuery.text("Witness A").withTypes(Set.of(
                    org.vigil.core.model.RecordType.PERSON)), AccessScope.everything());
            assertThat(r.hits()).extracting(SearchHit::id).containsExactly("p3");
            assertThat(r.hits().get(0).label()).isEqualTo("Witness A");
            assertThat(r.hits().get(0).start()).isEmpty();
            assertThat(index.search(SearchQuery.text("Aigul"), AccessScope.everything()).total()).isZero();
            assertThat(index.search(SearchQuery.text("oil worker"), AccessScope.everything()).total()).isZero();
        }
    }

    @Test
    void theIndexableDigestOfARecordLeavesSensitiveFieldsOut() {
        IndexedRecord digest = IndexedRecord.of(anonymous("p3", "Witness A", REAL_IDENTITY, CONTACT, ANONYMOUS_NAME));
        assertThat(String.join(" ", digest.names()) + String.join(" ", digest.texts()))
                .doesNotContain(REAL_IDENTITY, CONTACT, ANONYMOUS_NAME);
        assertThat(IndexedRecord.of(source("s", "t", Confidentiality.RESTRICTED, TESTIMONY)).texts())
                .noneMatch(t -> t.contains(TESTIMONY));
    }

    /** Each canary as written, lower-cased, ICU-folded as the index would hold it, and as a skeleton. */
    private static Set<String> forms(List<String> canaries) {
        Set<String> forms = new LinkedHashSet<>();
        for (String c : canaries) {
            forms.add(c);
            forms.add(c.toLowerCase(Locale.ROOT));
            forms.add(NameSkeleton.of(c));
        }
        return forms;
    }

    private byte[][] indexFiles() throws IOException {
        try (Stream<Path> paths = Files.list(indexDir)) {
            List<Path> files = paths.filter(Files::isRegularFile).toList();
            assertThat(files).isNotEmpty();
            byte[][] contents = new byte[files.size()][];
            for (int i = 0; i < files.size(); i++) {
                contents[i] = Files.readAllBytes(files.get(i));
            }
            return contents;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every term of every field, every stored value and every sorted doc value, decoded. */
    private List<String> indexedValues() throws IOException {
        List<String> values = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leafContext : reader.leaves()) {
                LeafReader leaf = leafContext.reader();
                for (FieldInfo field : leaf.getFieldInfos()) {
                    Terms terms = leaf.terms(field.name);
                    if (terms != null) {
                        TermsEnum it = terms.iterator();
                        for (BytesRef term = it.next(); term != null; term = it.next()) {
                            values.add(term.utf8ToString());
                        }
                    }
                    docValues(leaf, field, values);
                }
                StoredFields stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    for (IndexableField f : stored.document(doc).getFields()) {
                        if (f.stringValue() != null) {
                            values.add(f.stringValue());
                        }
                    }
                }
            }
        }
        return values;
    }

    /** Decodes bytes that may not be UTF-8 (collation keys), so a scan never stops at them. */
    private static String lenient(BytesRef bytes) {
        return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
    }

    private static void docValues(LeafReader leaf, FieldInfo field, List<String> values) throws IOException {
        switch (field.getDocValuesType()) {
            case SORTED -> {
                SortedDocValues dv = leaf.getSortedDocValues(field.name);
                for (int ord = 0; ord < dv.getValueCount(); ord++) {
                    values.add(lenient(dv.lookupOrd(ord)));
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues dv = leaf.getSortedSetDocValues(field.name);
                for (long ord = 0; ord < dv.getValueCount(); ord++) {
                    values.add(lenient(dv.lookupOrd(ord)));
                }
            }
            case BINARY -> {
                BinaryDocValues dv = leaf.getBinaryDocValues(field.name);
                while (dv.nextDoc() != BinaryDocValues.NO_MORE_DOCS) {
                    values.add(lenient(dv.binaryValue()));
                }
            }
            default -> {
                // Numeric doc values and points hold only numbers (dates as epoch days).
            }
        }
    }
}
