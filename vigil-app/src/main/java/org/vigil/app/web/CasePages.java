package org.vigil.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.search.SearchPage;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.monitoring.CaseAlerts;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.store.Store;
import org.vigil.store.ledger.LedgerEntry;
import org.vigil.store.ledger.LedgerLog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/** Cases under monitoring with their alerts, and the dashboard that puts them first. */
@Controller
public class CasePages {

    private final Store store;
    private final VisibleRecords records;

    /** Pages over the application's store. */
    public CasePages(Store store, VisibleRecords records) {
        this.store = store;
        this.records = records;
    }

    /** One monitored case as the list shows it; {@code next} is the next date in words, or "—". */
    public record CaseRow(MonitoredCase c, String person, String status, OptionalLong daysInDetention,
                          String next, List<CaseAlerts.Alert> alerts) {
        /** Days in detention as text. */
        public String days() {
            return daysInDetention.isPresent() ? Long.toString(daysInDetention.getAsLong()) : "—";
        }
    }

    /**
     * A recent change the user may see, in words.
     *
     * @param when  the time in words ("5 December 2026, 14:03 UTC")
     * @param what  who did what ("researcher updated")
     * @param label the record's title
     * @param href  the record's readable page
     * @param recordId the record's id, for its history
     */
    public record Change(String recordId, String when, String what, String label, String href) {
    }

    /** All monitored cases, those with alerts first. */
    @GetMapping("/cases")
    public String cases(Model model) {
        model.addAttribute("rows", rows());
        model.addAttribute("todayWords", PartialDate.of(today()).toEnglish());
        return "cases";
    }

    /** The dashboard: cases needing attention and recent changes. */
    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        model.addAttribute("attention", rows().stream().filter(r -> !r.alerts().isEmpty()).toList());
        List<Change> changes = new ArrayList<>();
        RecordTitles titles = new RecordTitles(records.lookup(),
                store.vocabularies());
        for (LedgerEntry e : new LedgerLog(store).before(Long.MAX_VALUE, 200)) {
            if (changes.size() >= 15) {
                break;
            }
            if (e.recordId().isPresent() && !e.action().equals("attach")) {
                records.find(e.recordId().get())
                        .ifPresent(r -> changes.add(new Change(r.id(), RecordPage.moment(e.recordedAt()),
                                e.actor() + " " + pastTense(e.action()), titles.of(r),
                                SearchPage.readablePage(r))));
            }
        }
        model.addAttribute("changes", changes);
        return "dashboard";
    }

    private static String pastTense(String action) {
        return switch (action) {
            case "create" -> "created";
            case "update" -> "updated";
            case "delete" -> "deleted";
            case "import" -> "imported";
            case "restore" -> "restored";
            default -> action.replace('_', ' ');
        };
    }

    private List<CaseRow> rows() {
        LocalDate today = today();
        List<CaseRow> rows = new ArrayList<>();
        for (Record r : records.list(RecordType.CASE)) {
            MonitoredCase c = (MonitoredCase) r;
            String person = records.find(c.personId()).map(Record::label)
                    .orElse("(record not available)");
            rows.add(new CaseRow(c, person, store.vocabularies().get(VocabularyKind.CASE_STATUS)
                    .label(c.status()), CaseAlerts.daysInDetention(c, today), nextInWords(c, today),
                    CaseAlerts.alerts(c, today)));
        }
        rows.sort(Comparator.comparing((CaseRow x) -> x.alerts().isEmpty()).thenComparing(CaseRow::person));
        return rows;
    }

    private static String nextInWords(MonitoredCase c, LocalDate today) {
        return CaseAlerts.nextDate(c, today).map(n -> n.date().toEnglish() + ": " + n.what()).orElse("—");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
