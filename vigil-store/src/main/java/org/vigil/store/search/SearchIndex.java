package org.vigil.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.vigil.core.model.Record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The Lucene search index over records: full-text search in any script, the filtered and paged list pages,
 * and facet counts, always inside the caller's {@link AccessScope}. Thread-safe; a record is searchable as
 * soon as {@link #index(Record)} returns. Only what {@link IndexedRecord} selects is ever written to it.
 */
public final class SearchIndex implements AutoCloseable {

    /** Bumped whenever fields or analysis change; an index written under another version is dropped. */
    static final String SCHEMA_VERSION = "5";
    private static final String SCHEMA_KEY = "vigil.search.schema";
    /** "true" only in the commit written by {@link #close()}: any other last commit means writes may be lost. */
    private static final String CLOSED_CLEANLY_KEY = "vigil.search.closed-cleanly";

    /** Small new segments of near-real-time updates stay in memory up to these sizes (MB). */
    private static final double NRT_MAX_SEGMENT_MB = 5.0;
    private static final double NRT_MAX_CACHED_MB = 60.0;

    private final Directory directory;
    private final String description;
    private final Analyzer indexAnalyzer = FieldAnalyzers.forIndexing();
    private final TextMatch textMatch = new TextMatch();
    private final PageSearch pageSearch = new PageSearch(textMatch, new CountCache(), indexAnalyzer);
    /** Writers share the read side; a rebuild takes the write side so no reader ever sees it half done. */
    private final ReadWriteLock rebuildLock = new ReentrantReadWriteLock();
    private volatile boolean needsRebuild;
    private volatile Writing writing;

    /** The writer and the near-real-time searchers it feeds; replaced together after a failed rebuild. */
    private record Writing(IndexWriter writer, SearcherManager searchers) {
    }

    private SearchIndex(Directory directory, String description) throws IOException {
        this.directory = directory;
        this.description = description;
        Map<String, String> lastCommit = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        boolean current = SCHEMA_VERSION.equals(lastCommit.get(SCHEMA_KEY));
        this.needsRebuild = !current || !"true".equals(lastCommit.get(CLOSED_CLEANLY_KEY));
        this.writing = openWriting(current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
        // Marks the index as in use: if the process dies before close(), the next start sees it was not closed.
        commit();
    }

    /** Opens (or creates) the index in a directory such as {@code DATA_DIR/index}. */
    public static SearchIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            // Saves refresh the searchers one record at a time; caching their tiny segments in memory keeps that fast.
            return new SearchIndex(new NRTCachingDirectory(FSDirectory.open(dir), NRT_MAX_SEGMENT_MB,
                    NRT_MAX_CACHED_MB), dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir
                    + ": check that the directory is writable and not used by another Vigil process", e);
        }
    }

    /** An empty index held in memory, for tests and demos. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), "memory");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an in-memory search index", e);
        }
    }

    /**
     * True when the index may not match the store: it is new, it was written by another version of the index
     * layout (and has been cleared), or the process that wrote it last did not close it (writes after its last
     * commit are lost). Fill it with {@link #rebuild(Stream)} from the store; false after a rebuild.
     */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Adds or replaces the record (by id); it is searchable when this returns. */
    public void index(Record record) {
        index(List.of(record));
    }

    /** Adds or replaces the records (by id); they are searchable when this returns. */
    public void index(Collection<? extends Record> records) {
        write("index " + records.size() + " records", true, w -> {
            for (Record r : records) {
                w.writer().updateDocument(new Term(IndexFields.ID, r.id()), RecordDocument.of(r));
            }
        });
    }

    /** Removes the record with this id, if indexed; it is gone from results when this returns. */
    public void delete(String id) {
        write("delete " + id, true, w -> w.writer().deleteDocuments(new Term(IndexFields.ID, id)));
    }

    /**
     * Replaces the whole index by these records in one commit: searches see the old index until the new one is
     * complete, and the old one stays if reading the records fails. Other writes wait meanwhile.
     *
     * @return the number of records indexed
     */
    public long rebuild(Stream<? extends Record> records) {
        rebuildLock.writeLock().lock();
        try {
            Writing w = writing;
            long count = 0;
            try {
                w.writer().commit();
                w.writer().deleteAll();
                Iterator<? extends Record> it = records.iterator();
                while (it.hasNext()) {
                    Record r = it.next();
                    w.writer().updateDocument(new Term(IndexFields.ID, r.id()), RecordDocument.of(r));
                    count++;
                }
                w.writer().commit();
                w.searchers().maybeRefreshBlocking();
                needsRebuild = false;
                return count;
            } catch (IOException | RuntimeException e) {
                restoreLastCommit(w, e);
                throw e instanceof IOException io
                        ? new UncheckedIOException("rebuilding the search index in " + description + " failed after "
                        + count + " records; the previous index is kept", io)
                        : (RuntimeException) e;
            }
        } finally {
            rebuildLock.writeLock().unlock();
        }
    }

    /** Makes everything indexed so far durable; searches do not need it, a crash without it loses recent writes. */
    public void commit() {
        write("commit", false, w -> w.writer().commit());
    }

    /** Number of records in the index (all levels; for maintenance, not for users). */
    public long documentCount() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** One page of results for the query, seen with the caller's scope. */
    public SearchResult search(SearchQuery query, AccessScope scope) {
        return withSearcher(searcher -> pageSearch.run(searcher, query, scope));
    }

    /** Commits and closes the index; the directory's files stay for the next start. */
    @Override
    public void close() {
        rebuildLock.writeLock().lock();
        try {
            Writing w = writing;
            w.searchers().close();
            w.writer().setLiveCommitData(commitData(true).entrySet(), true);
            w.writer().close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index in " + description + " failed: the last "
                    + "writes may be lost; rebuild the index from the store on next start", e);
        } finally {
            textMatch.close();
            indexAnalyzer.close();
            rebuildLock.writeLock().unlock();
        }
    }

    /** An index action that may fail with I/O. */
    private interface IndexAction {
        void run(Writing w) throws IOException;
    }

    /** A search action that may fail with I/O. */
    private interface SearchAction<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs a write, then (when it changed documents) refreshes the searchers so the change is visible. */
    private void write(String what, boolean refresh, IndexAction action) {
        rebuildLock.readLock().lock();
        try {
            Writing w = writing;
            action.run(w);
            if (refresh) {
                w.searchers().maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + description + ": " + what + " failed; "
                    + "rebuild the index from the store if this repeats", e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    private <T> T withSearcher(SearchAction<T> action) {
        SearcherManager searchers = writing.searchers();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (AlreadyClosedException e) {
            // A failed rebuild swapped in new searchers between reading the field and acquiring: use the new ones.
            searchers = writing.searchers();
            try {
                searcher = searchers.acquire();
            } catch (IOException io) {
                throw new UncheckedIOException("search index in " + description + " cannot be read", io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + description + " cannot be read", e);
        }
        try {
            return action.run(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index in " + description + " failed", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                // Release only drops a reference count; a failure here leaves nothing for the caller to fix.
            }
        }
    }

    private Writing openWriting(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(commitData(false).entrySet(), true);
        return new Writing(writer, new SearcherManager(writer, null));
    }

    private static Map<String, String> commitData(boolean closing) {
        return Map.of(SCHEMA_KEY, SCHEMA_VERSION, CLOSED_CLEANLY_KEY, Boolean.toString(closing));
    }

    /** After a failed rebuild: drop its uncommitted work and reopen on the commit made just before it. */
    private void restoreLastCommit(Writing failed, Exception cause) {
        try {
            failed.writer().rollback();
            Writing fresh = openWriting(IndexWriterConfig.OpenMode.APPEND);
            writing = fresh;
            failed.searchers().close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
