package org.vigil.report.content;

import org.vigil.report.ReportEstimate;

import java.util.List;

/**
 * The data behind a report's charts.
 *
 * @param timeline events by month of the year under review
 * @param categories documented victims by violation category
 * @param estimates estimates with a posterior to draw
 */
public record Charts(List<Bar> timeline, List<Bar> categories, List<ReportEstimate> estimates) {

    /** Copies the lists. */
    public Charts {
        timeline = List.copyOf(timeline);
        categories = List.copyOf(categories);
        estimates = List.copyOf(estimates);
    }

    /**
     * One bar: a label and a value.
     *
     * @param label what the bar stands for
     * @param value its height
     */
    public record Bar(String label, long value) {
    }
}
