package org.vigil.spark.link;

import java.io.Serializable;

/**
 * One input record on the cluster: its id, source number, the raw values of the columns the settings read
 * (in {@code LinkPlan.columns()} order) and its line in the input (for errors and output order).
 *
 * @param id     the record id
 * @param source the source number (index into the run's source names)
 * @param raw    raw values, {@code null} where the cell is empty
 * @param line   the input line (header is line 1)
 */
public record SparkRecord(String id, int source, String[] raw, long line) implements Serializable {
}
