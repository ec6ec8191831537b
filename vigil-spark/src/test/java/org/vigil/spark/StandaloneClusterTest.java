package org.vigil.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.link.Linker;
import org.vigil.link.input.CsvRecordReader;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.SettingsReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Runs on a cluster" shown, not assumed: a standalone Spark master and two workers start on loopback in child
 * JVMs from the Spark jars on the test class path, the job is submitted to {@code spark://127.0.0.1:…}, runs
 * on the workers' executors and gives the clusters {@code vigil link} gives. Everything stops afterwards.
 */
class StandaloneClusterTest {

    private static final Path DATA = Path.of(System.getProperty("vigil.shared.dir", "../../shared"), "data", "linkage",
            "rldata", "RLdata500.csv");
    private static final Path EXAMPLES = Path.of("..", "examples", "linkage");
    private final List<Process> processes = new ArrayList<>();
    private SparkSession spark;

    @TempDir
    Path dir;

    @AfterEach
    void stopAll() throws InterruptedException {
        if (spark != null) {
            spark.stop();
        }
        // workers first (they stop their executors), then the master
        for (int k = processes.size() - 1; k >= 0; k--) {
            Process p = processes.get(k);
            p.destroy();
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void aJobOnAMasterWithTwoWorkersGivesTheClustersOfVigilLink() throws Exception {
        assumeTrue(Files.exists(DATA), DATA + " absent: skipping (benchmarks live in ../shared/data/linkage)");
        int masterPort = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        Path home = Files.createDirectories(dir.resolve("spark-home/jars"));
        start(dir.resolve("master.log"), home.getParent(), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort()));
        awaitListening(masterPort);
        for (int w = 1; w <= 2; w++) {
            start(dir.resolve("worker" + w + ".log"), home.getParent(), "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
                    "--work-dir", Files.createDirectories(dir.resolve("work" + w)).toString(), master);
        }
        spark = SparkSession.builder().master(master).appName("vigil-spark standalone test")
                .config("spark.ui.enabled", "false")
                .config("spark.serializer.extraDebugInfo", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.executor.memory", "768m")
                .config("spark.executor.cores", "1")
                .config("spark.cores.max", "2")
                // the executors run the classes of this build: the test class path stands in for a Spark install
                .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                // no job starts before both executors are there
                .config("spark.scheduler.minRegisteredResourcesRatio", "1.0")
                .config("spark.scheduler.maxRegisteredResourcesWaitingTime", "120s")
                .getOrCreate();
        Path settings = smallUSample();
        Path out = dir.resolve("clusters");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkLink.run(new String[]{"link", DATA.toString(), "--settings", settings.toString(), "--output",
                out.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8), spark);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8) + logs()).isZero();
        assertThat(spark.sparkContext().statusTracker().getExecutorInfos())
                .as("the driver and two executors, one per worker").hasSize(3);
        Map<String, String> distributed = new HashMap<>();
        for (Row r : spark.read().option("header", "true").csv(out.toString()).collectAsList()) {
            distributed.put(r.getString(0), r.getString(1));
        }
        SettingsReader.Loaded loaded = SettingsReader.read(settings);
        LinkInput input = new CsvRecordReader("rec_id", loaded.settings().sourceColumn(),
                loaded.settings().missingValues(), loaded.settings().ignoreColumns()).read(DATA);
        Map<String, String> single = new HashMap<>();
        new Linker(loaded.settings()).link(input).clusters().forEach(c -> single.put(c.recordId(), c.clusterId()));
        assertThat(distributed.keySet()).isEqualTo(single.keySet());
        PairwiseAgreement agreement = PairwiseAgreement.of(single, distributed);
        System.out.printf("pairwise F1 between vigil link and vigil-spark: %.6f; pairs linked by one only: %s%n",
                agreement.f1(), agreement.differing());
        assertThat(agreement.f1()).as("pairs linked by one engine only: %s", agreement.differing())
                .isGreaterThanOrEqualTo(0.998);
    }

    /** RLdata10000's settings with a smaller u sample, so that 500 records take seconds (both engines use them). */
    private Path smallUSample() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("RLdata10000.json"));
        Path settings = dir.resolve("RLdata500.json");
        Files.writeString(settings, json.replaceFirst("\\{", "{\"uSampleSize\": 50000,"));
        return settings;
    }

    private void start(Path log, Path sparkHome, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the worker builds executor commands from SPARK_HOME (an empty jars directory: the class path has Spark)
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(pb.start());
    }

    private String logs() {
        StringBuilder s = new StringBuilder();
        for (String name : List.of("master.log", "worker1.log", "worker2.log")) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve(name));
                s.append("\n--- ").append(name).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            } catch (IOException e) {
                s.append("\n--- ").append(name).append(": ").append(e.getMessage());
            }
        }
        return s.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the Spark master did not listen on port " + port + " within two minutes");
    }
}
