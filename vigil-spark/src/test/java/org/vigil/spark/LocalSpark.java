package org.vigil.spark;

import org.apache.spark.sql.SparkSession;

/** A small Spark session for tests: no web UI, few partitions, so that small data runs in seconds. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(String master) {
        return SparkSession.builder().master(master).appName("vigil-spark test")
                .config("spark.ui.enabled", "false")
                // the serialisation debugger needs --add-opens on Java 17; without it the plain error shows
                .config("spark.serializer.extraDebugInfo", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
