package org.vigil.core.monitoring;

import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.ScheduledDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What needs a researcher's attention in a monitored case, as of a given day. */
public final class CaseAlerts {

    private CaseAlerts() {
    }

    /** One reason to look at a case. */
    public record Alert(String kind, String message) {
    }

    /**
     * Days in detention so far, counted from the earliest day the start date allows (so an imprecise
     * start never understates the time served).
     */
    public static OptionalLong daysInDetention(MonitoredCase c, LocalDate today) {
        return c.detainedSince().map(d -> OptionalLong.of(ChronoUnit.DAYS.between(d.earliest(), today)))
                .orElse(OptionalLong.empty());
    }

    /** The next date still ahead (its last possible day not yet past). */
    public static Optional<ScheduledDate> nextDate(MonitoredCase c, LocalDate today) {
        return c.nextDates().stream().filter(d -> !d.date().latest().isBefore(today))
                .min(Comparator.comparing(ScheduledDate::date));
    }

    /** Dates that have passed without the case being updated, and detention beyond the set limit. */
    public static List<Alert> alerts(MonitoredCase c, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        for (ScheduledDate d : c.nextDates()) {
            if (d.date().latest().isBefore(today)) {
                alerts.add(new Alert("date-passed", d.what() + " (" + d.date().toEnglish()
                        + ") has passed: record what happened"));
            }
        }
        OptionalLong days = daysInDetention(c, today);
        if (days.isPresent() && c.detentionLimitDays().isPresent() && days.getAsLong() > c.detentionLimitDays().get()) {
            alerts.add(new Alert("detention-limit", "detained for " + days.getAsLong() + " days, beyond the limit of "
                    + c.detentionLimitDays().get() + " days set for this case"));
        }
        return alerts;
    }
}
