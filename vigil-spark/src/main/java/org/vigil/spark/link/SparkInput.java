package org.vigil.spark.link;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vigil.core.io.BadInputException;
import org.vigil.core.provenance.InputDigest;
import org.vigil.link.distributed.LinkPlan;
import org.vigil.link.settings.LinkSettings;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the input of a Spark run (CSV with a header, or Parquet; any path Spark reads) into records
 * numbered in id order, refusing what {@code vigil link} refuses with the same one-line errors: no id
 * column, a record without id, a duplicate id, a column the settings read but the input lacks.
 *
 * @param records   the records keyed by their index in (id, source) order, as the single-machine run orders them
 * @param count     number of records
 * @param sources   source names by number
 * @param digests   the inputs' SHA-256 (provenance)
 */
public record SparkInput(JavaPairRDD<Long, SparkRecord> records, long count, List<String> sources,
                         List<InputDigest> digests) {

    /** Reads and checks the inputs (one file, or two to link across). */
    public static SparkInput read(SparkSession spark, List<String> paths, String idColumn, LinkPlan plan) {
        LinkSettings settings = plan.settings();
        JavaRDD<SparkRecord> all = null;
        List<String> sourceNames = new ArrayList<>();
        List<InputDigest> digests = new ArrayList<>();
        for (String path : paths) {
            Dataset<Row> frame = frame(spark, path);
            List<String> header = Arrays.asList(frame.columns());
            if (!header.contains(idColumn)) {
                throw new BadInputException(path, 1, idColumn, "no id column '" + idColumn
                        + "': the columns are " + String.join(", ", header) + "; pass one of them with --id-column");
            }
            Optional<String> sourceColumn = settings.sourceColumn();
            if (sourceColumn.isPresent() && !header.contains(sourceColumn.get())) {
                throw new BadInputException(path, 1, sourceColumn.get(), "no source column '"
                        + sourceColumn.get() + "' (named by the settings' sourceColumn): the columns are "
                        + String.join(", ", header));
            }
            List<String> kept = new ArrayList<>();
            for (String c : header) {
                if (!c.equals(idColumn) && !settings.ignoreColumns().contains(c)) {
                    kept.add(c);
                }
            }
            plan.checkColumns(kept, path);
            int idIndex = header.indexOf(idColumn);
            int sourceIndex = sourceColumn.map(header::indexOf).orElse(-1);
            int[] columnIndex = plan.columns().stream().mapToInt(header::indexOf).toArray();
            String fileSource = new Path(path).getName();
            JavaRDD<Row> rows = frame.javaRDD();
            // source names: the file's name, or the values of the source column
            List<String> names = sourceIndex < 0 ? List.of(fileSource)
                    : rows.map(r -> cell(r, sourceIndex)).distinct().collect().stream().sorted().toList();
            for (String n : names) {
                if (!sourceNames.contains(n)) {
                    sourceNames.add(n);
                }
            }
            Map<String, Integer> sourceNumber = new java.util.HashMap<>();
            for (int s = 0; s < sourceNames.size(); s++) {
                sourceNumber.put(sourceNames.get(s), s);
            }
            JavaRDD<SparkRecord> records = rows.zipWithIndex().map(t -> {
                Row r = t._1();
                String[] raw = new String[columnIndex.length];
                for (int c = 0; c < raw.length; c++) {
                    raw[c] = r.isNullAt(columnIndex[c]) ? null : String.valueOf(r.get(columnIndex[c]));
                }
                String source = sourceIndex < 0 ? fileSource : cell(r, sourceIndex);
                return new SparkRecord(cell(r, idIndex), sourceNumber.get(source), raw, t._2() + 2);
            });
            checkIds(records, path, idColumn);
            all = all == null ? records : all.union(records);
            digests.add(new InputDigest(path, sha256(spark, path)));
        }
        if (paths.size() == 2) {
            checkAcross(all, paths, idColumn);
        }
        JavaPairRDD<Long, SparkRecord> indexed = all
                .sortBy(r -> r.id() + '\u0000' + r.source(), true, all.getNumPartitions())
                .zipWithIndex().mapToPair(Tuple2::swap);
        indexed = indexed.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        return new SparkInput(indexed, indexed.count(), List.copyOf(sourceNames), List.copyOf(digests));
    }

    private static String cell(Row r, int index) {
        return r.isNullAt(index) ? "" : String.valueOf(r.get(index)).strip();
    }

    private static Dataset<Row> frame(SparkSession spark, String path) {
        try {
            if (path.endsWith(".parquet")) {
                return spark.read().parquet(path);
            }
            // every cell a string, as vigil link reads CSV; a blank cell is missing
            return spark.read().option("header", "true").option("inferSchema", "false").option("multiLine", "false")
                    .option("ignoreLeadingWhiteSpace", "true").option("ignoreTrailingWhiteSpace", "true")
                    .option("encoding", "UTF-8").csv(path);
        } catch (RuntimeException e) {
            // Spark's AnalysisException (path does not exist) is unchecked from Java
            if (String.valueOf(e.getMessage()).contains("PATH_NOT_FOUND") || String.valueOf(e.getMessage()).contains("does not exist")) {
                throw new BadInputException(path, "file not found: check the path");
            }
            throw e;
        }
    }

    /** The first missing or repeated id, by line, with vigil link's words. */
    private static void checkIds(JavaRDD<SparkRecord> records, String path, String idColumn) {
        List<Long> noId = records.filter(r -> r.id().isEmpty()).map(SparkRecord::line).takeOrdered(1);
        List<Tuple2<Long, Tuple2<String, Long>>> repeated = records
                .mapToPair(r -> new Tuple2<>(r.id(), r.line()))
                .filter(t -> !t._1().isEmpty())
                .groupByKey()
                .flatMap(t -> {
                    List<Long> lines = new ArrayList<>();
                    t._2().forEach(lines::add);
                    if (lines.size() < 2) {
                        return java.util.Collections.emptyIterator();
                    }
                    lines.sort(null);
                    return List.of(new Tuple2<>(lines.get(1), new Tuple2<>(t._1(), lines.get(0)))).iterator();
                })
                .takeOrdered(1, new ByLine());
        long emptyLine = noId.isEmpty() ? Long.MAX_VALUE : noId.get(0);
        long repeatLine = repeated.isEmpty() ? Long.MAX_VALUE : repeated.get(0)._1();
        if (emptyLine < repeatLine) {
            throw new BadInputException(path, emptyLine, idColumn,
                    "the record has no id: every row needs a value in column '" + idColumn + "'");
        }
        if (repeatLine < Long.MAX_VALUE) {
            Tuple2<String, Long> r = repeated.get(0)._2();
            throw new BadInputException(path, repeatLine, idColumn, "duplicate id '" + r._1()
                    + "', first seen on line " + r._2() + ": ids must be unique");
        }
    }

    private static void checkAcross(JavaRDD<SparkRecord> all, List<String> paths, String idColumn) {
        // the second file's records carry the higher source numbers only when there is no source column;
        // an id in both files is refused as vigil link refuses it
        List<String> both = all.mapToPair(r -> new Tuple2<>(r.id(), 1)).reduceByKey(Integer::sum)
                .filter(t -> t._2() > 1).keys().take(1);
        if (!both.isEmpty()) {
            throw new BadInputException(paths.get(1), "id '" + both.get(0) + "' is also in " + paths.get(0)
                    + ": ids must be unique across both files");
        }
    }

    /** Orders repeated ids by the line of their second occurrence. */
    private static final class ByLine implements java.util.Comparator<Tuple2<Long, Tuple2<String, Long>>>,
            java.io.Serializable {
        @Override
        public int compare(Tuple2<Long, Tuple2<String, Long>> a, Tuple2<Long, Tuple2<String, Long>> b) {
            return Long.compare(a._1(), b._1());
        }
    }

    /** SHA-256 of the input's bytes (of its files in name order, for a directory such as a Parquet data set). */
    private static String sha256(SparkSession spark, String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<FileStatus> files = new ArrayList<>();
            if (fs.getFileStatus(p).isDirectory()) {
                for (FileStatus s : fs.listStatus(p)) {
                    if (s.isFile() && !s.getPath().getName().startsWith(".") && !s.getPath().getName().startsWith("_")) {
                        files.add(s);
                    }
                }
                files.sort(java.util.Comparator.comparing(s -> s.getPath().getName()));
            } else {
                files.add(fs.getFileStatus(p));
            }
            byte[] buffer = new byte[1 << 16];
            for (FileStatus f : files) {
                try (InputStream in = fs.open(f.getPath())) {
                    for (int k = in.read(buffer); k >= 0; k = in.read(buffer)) {
                        digest.update(buffer, 0, k);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new BadInputException(path, "cannot read the file: " + e.getMessage());
        }
    }
}
