package org.vigil.spark;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigil.core.io.BadInputException;
import org.vigil.core.run.Progress;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsReader;
import org.vigil.link.state.LinkageState;
import org.vigil.link.state.LinkageStateJson;
import org.vigil.spark.link.SparkInput;
import org.vigil.spark.link.SparkLinkResult;
import org.vigil.spark.link.SparkLinker;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code link} run on Spark: reads the settings and the input, links, writes the clusters
 * ({@code record_id,cluster_id}), the review queue and the linkage state where the options say.
 */
final class SparkLinkJob {

    private final SparkLinkOptions options;

    SparkLinkJob(SparkLinkOptions options) {
        this.options = options;
    }

    /** Runs the job; the result stays available to the caller (tests compare it). */
    SparkLinkResult run(SparkSession spark, Progress progress, PrintStream err) {
        SettingsReader.Loaded loaded = SettingsReader.read(readText(spark, options.settings()), options.settings());
        LinkSettings settings = loaded.settings();
        Optional<String> settingsId = loaded.idColumn();
        if (settingsId.isPresent() && options.idColumn().isPresent() && !settingsId.get().equals(options.idColumn().get())) {
            throw new IllegalArgumentException("--id-column " + options.idColumn().get()
                    + " differs from the settings' idColumn " + settingsId.get() + ": use the same column");
        }
        String idColumn = options.idColumn().or(() -> settingsId).orElseThrow(() -> new BadInputException(
                options.settings(), 1, "idColumn", "the settings name no idColumn: add one, or pass --id-column"));
        if (options.inputs().size() == 2 && settings.mode() == LinkMode.DEDUPE) {
            settings = settings.withMode(LinkMode.LINK_AND_DEDUPE);
        }
        if (options.threshold().isPresent()) {
            settings = settings.withThreshold(options.threshold().get());
        }
        if (options.state().isPresent() && exists(spark, options.state().get())) {
            // vigil link would read it and keep its cluster ids and decisions; silently replacing it would lose them
            throw new BadInputException(options.state().get(), "exists: the Spark engine does not continue from an "
                    + "earlier state yet; give a new --state path, or link with vigil link on one machine");
        }
        SparkLinker linker = new SparkLinker(settings);
        SparkInput input = SparkInput.read(spark, options.inputs(), idColumn, linker.plan());
        SparkLinkResult result = linker.link(spark, input, progress);
        for (String note : result.notes()) {
            err.println("vigil-spark: note: " + note);
        }
        writeClusters(spark, input, result);
        if (options.reviewQueue().isPresent()) {
            writeText(spark, options.reviewQueue().get(), LinkageStateJson.MAPPER.writeValueAsString(result.reviewQueue()));
        }
        if (options.state().isPresent()) {
            // the state holds every record's cluster: it is built on the driver, as vigil link's state file is
            Map<String, String> clusters = new HashMap<>(result.clusters().join(input.records())
                    .mapToPair(t -> new Tuple2<>(t._2()._2().id(), t._2()._1())).collectAsMap());
            LinkageState state = new LinkageState(LinkageState.FORMAT, LinkageState.VERSION, clusters, List.of(),
                    Optional.of(result.model()), Optional.of(result.provenance()));
            writeText(spark, options.state().get(), LinkageStateJson.write(state));
        }
        return result;
    }

    private void writeClusters(SparkSession spark, SparkInput input, SparkLinkResult result) {
        JavaRDD<Row> rows = result.clusters().join(input.records())
                .map(t -> new Tuple2<>(t._2()._2().line(), RowFactory.create(t._2()._2().id(), t._2()._1())))
                .sortBy(t -> t._1(), true, Math.max(1, input.records().getNumPartitions()))
                .map(Tuple2::_2);
        StructType schema = new StructType().add("record_id", DataTypes.StringType, false)
                .add("cluster_id", DataTypes.StringType, false);
        Dataset<Row> frame = spark.createDataFrame(rows, schema);
        String out = options.output();
        if (out.endsWith(".parquet")) {
            frame.write().mode(SaveMode.Overwrite).parquet(out);
        } else {
            frame.write().mode(SaveMode.Overwrite).option("header", "true").csv(out);
        }
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new BadInputException(path, "cannot be checked: " + e.getMessage());
        }
    }

    private static String readText(SparkSession spark, String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) {
                throw new BadInputException(path, "file not found: check the path");
            }
            try (InputStream in = fs.open(p)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new BadInputException(path, "cannot read the file: " + e.getMessage());
        }
    }

    /** Writes a file whole: to a temporary name beside it, then renamed over it. */
    private static void writeText(SparkSession spark, String path, String text) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            Path tmp = new Path(p.getParent(), "." + p.getName() + ".tmp");
            try (FSDataOutputStream out = fs.create(tmp, true)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            fs.delete(p, false);
            if (!fs.rename(tmp, p)) {
                throw new IOException("rename of " + tmp + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
