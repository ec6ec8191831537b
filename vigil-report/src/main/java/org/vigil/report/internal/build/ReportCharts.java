package org.vigil.report.internal.build;

import org.vigil.core.model.Event;
import org.vigil.core.time.DatePrecision;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.report.ReportEstimate;
import org.vigil.report.ReportRequest;
import org.vigil.report.content.Charts;
import org.vigil.report.internal.text.Phrases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The data behind an entry's charts: events by month, documented victims by category, posteriors. */
final class ReportCharts {

    private ReportCharts() {
    }

    /**
     * The charts of an entry. An event counts once in every month of the year something of it happened (its
     * start, an act, a step); victims are counted under every category of their event, withheld ones only
     * where the request allows their totals.
     */
    static Charts of(Scope scope, ReportRequest request, Phrases phrases, Withheld withheld) {
        long[] months = new long[13];
        for (Event e : scope.events()) {
            List<Optional<PartialDate>> dates = new ArrayList<>();
            dates.add(e.start());
            scope.acts(e.id()).forEach(a -> dates.add(a.start()));
            scope.proceedings(e.id()).forEach(p -> dates.add(p.date()));
            Set<Integer> seen = new LinkedHashSet<>();
            for (Optional<PartialDate> d : dates) {
                if (scope.inYear(d)) {
                    seen.add(d.get().precision() == DatePrecision.YEAR ? 0 : d.get().month());
                }
            }
            seen.forEach(m -> months[m]++);
        }
        List<Charts.Bar> timeline = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            timeline.add(new Charts.Bar(phrases.get("month." + m + ".short"), months[m]));
        }
        if (months[0] > 0) {
            timeline.add(new Charts.Bar(phrases.get("chart.monthUnknown"), months[0]));
        }
        Map<String, Long> victims = new TreeMap<>();
        for (Event e : scope.events()) {
            long v = scope.acts(e.id()).stream().mapToLong(a -> ReportBuilder.victims(a.victimId(), scope.data())).sum();
            for (String c : e.violationCategories()) {
                victims.merge(c, v, Long::sum);
            }
        }
        withheld.totals().forEach((c, n) -> victims.merge(c, n, Long::sum));
        List<Charts.Bar> categories = victims.entrySet().stream().filter(en -> en.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(en -> new Charts.Bar(phrases.label(VocabularyKind.VIOLATION_CATEGORY, en.getKey()), en.getValue()))
                .toList();
        List<ReportEstimate> posteriors = request.estimates().stream().filter(e -> e.posterior().isPresent()).toList();
        return new Charts(timeline, categories, posteriors);
    }
}
