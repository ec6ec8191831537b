package org.vigil.store.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Record;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.search.SampleRecords.person;

/** Writing, replacing, deleting, rebuilding and reopening the index. */
class SearchIndexTest {

    private static final AccessScope ALL = AccessScope.everything();

    @TempDir
    Path dir;

    private static List<String> ids(SearchIndex index, String text) {
        return index.search(SearchQuery.text(text), ALL).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aRecordIsSearchableAsSoonAsIndexReturns() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(person("p1", "Roza Tuletaeva"));
            assertThat(ids(index, "Tuletaeva")).containsExactly("p1");
            assertThat(index.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void indexingTheSameIdAgainReplacesTheRecord() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(person("p1", "Roza Tuletaeva"));
            index.index(person("p1", "Roza Kozlova"));
            assertThat(ids(index, "Tuletaeva")).isEmpty();
            assertThat(ids(index, "Kozlova")).containsExactly("p1");
            assertThat(index.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void aDeletedRecordIsGoneFromResultsAndCounts() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(List.of(person("p1", "Roza Tuletaeva"), person("p2", "Maxim Kozlov")));
            index.delete("p1");
            assertThat(ids(index, "Tuletaeva")).isEmpty();
            assertThat(index.search(SearchQuery.all(), ALL).total()).isEqualTo(1);
            index.delete("no-such-id");
            assertThat(index.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void repeatedQueriesCountAgainAfterEveryChange() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            SearchQuery persons = SearchQuery.list(org.vigil.core.model.RecordType.PERSON);
            index.index(person("p1", "Roza Tuletaeva"));
            assertThat(index.search(persons, ALL).total()).isEqualTo(1);
            assertThat(index.search(persons, ALL).total()).isEqualTo(1);
            index.index(person("p2", "Maxim Kozlov"));
            assertThat(index.search(persons, ALL).total()).isEqualTo(2);
            assertThat(index.search(persons, ALL).types()).containsExactly(new FacetCount("person", 2));
            index.delete("p1");
            assertThat(index.search(persons, ALL).total()).isEqualTo(1);
        }
    }

    @Test
    void countsOfOneScopeAreNeverServedToAnother() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(List.of(person("p1", "Roza Tuletaeva"),
                    person("p2", org.vigil.core.model.Confidentiality.INTERNAL, "Aliya Tuletaeva")));
            SearchQuery q = SearchQuery.text("Tuletaeva");
            assertThat(index.search(q, ALL).total()).isEqualTo(2);
            assertThat(index.search(q, AccessScope.viewer()).total()).isEqualTo(1);
            assertThat(index.search(q, ALL).total()).isEqualTo(2);
            assertThat(index.search(q, AccessScope.viewer()).types()).containsExactly(new FacetCount("person", 1));
        }
    }

    @Test
    void rebuildReplacesEverything() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(List.of(person("old1", "Roza Tuletaeva"), person("old2", "Maxim Kozlov")));
            long count = index.rebuild(Stream.of(person("new1", "Natalia Sokolova")));
            assertThat(count).isEqualTo(1);
            assertThat(index.documentCount()).isEqualTo(1);
            assertThat(ids(index, "Sokolova")).containsExactly("new1");
            assertThat(ids(index, "Kozlov")).isEmpty();
        }
    }

    @Test
    void aRebuildThatFailsHalfwayKeepsTheOldIndex() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(person("old1", "Roza Tuletaeva"));
            Stream<Record> failing = Stream.of((Record) person("new1", "Natalia Sokolova"))
                    .map(r -> {
                        throw new IllegalStateException("store connection lost");
                    });
            Stream<Record> records = Stream.concat(Stream.of(person("new0", "Maxim Kozlov")), failing);
            assertThatThrownBy(() -> index.rebuild(records)).hasMessageContaining("store connection lost");
            assertThat(ids(index, "Tuletaeva")).containsExactly("old1");
            assertThat(ids(index, "Kozlov")).isEmpty();
            index.index(person("p9", "Aigul Nurlanova"));
            assertThat(index.documentCount()).isEqualTo(2);
        }
    }

    @Test
    void aCommittedIndexOnDiskIsThereAfterReopening() {
        Path indexDir = dir.resolve("index");
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            assertThat(index.needsRebuild()).isTrue();
            index.index(person("p1", "Roza Tuletaeva"));
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(ids(index, "Тулетаева")).containsExactly("p1");
        }
    }

    @Test
    void anIndexLeftOpenByADeadProcessNeedsARebuild() throws Exception {
        Path indexDir = dir.resolve("index");
        Path copy = dir.resolve("copy");
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            index.index(person("p1", "Roza Tuletaeva"));
            index.commit();
            // What a crash leaves behind: the last commit, written while the index was still open.
            java.nio.file.Files.createDirectories(copy);
            try (Stream<Path> files = java.nio.file.Files.list(indexDir)) {
                for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                    java.nio.file.Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        try (SearchIndex index = SearchIndex.open(copy)) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.documentCount()).isEqualTo(1);
            index.rebuild(Stream.of(person("p1", "Roza Tuletaeva")));
            assertThat(index.needsRebuild()).isFalse();
        }
        try (SearchIndex index = SearchIndex.open(copy)) {
            assertThat(index.needsRebuild()).isFalse();
        }
    }

    @Test
    void closingCommitsWhatWasIndexed() {
        Path indexDir = dir.resolve("index");
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            index.index(person("p1", "Roza Tuletaeva"));
        }
        try (SearchIndex index = SearchIndex.open(indexDir)) {
            assertThat(index.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void concurrentWritersAndReadersSeeEveryWrite() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> work = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            String id = "p" + thread + "-" + i;
                            index.index(person(id, "Person Number" + thread + "x" + i));
                            assertThat(index.search(SearchQuery.text("Number" + thread + "x" + i), ALL).hits())
                                    .extracting(SearchHit::id).containsExactly(id);
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(index.documentCount()).isEqualTo(40);
        }
    }
}
