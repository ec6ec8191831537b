package org.vigil.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.web.forms.FormSchema;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.search.SearchPage;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.attachments.Attachment;
import org.vigil.store.attachments.AttachmentStore;
import org.vigil.store.records.RecordVersion;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Any record: its fields, its history with what changed in each version, its attachments. */
@Controller
public class RecordPage {

    private final Store store;
    private final Caller caller;
    private final VisibleRecords records;
    private final UserAccounts accounts;

    /** Pages over the application's store. */
    public RecordPage(Store store, Caller caller, VisibleRecords records, UserAccounts accounts) {
        this.store = store;
        this.caller = caller;
        this.records = records;
        this.accounts = accounts;
    }

    /** One change of one field between two versions. */
    public record Change(String field, String before, String after) {
    }

    /** One version with its changes from the previous one; {@code createdAt} in words. */
    public record VersionView(int version, String createdAt, String createdBy, boolean deleted, List<Change> changes) {
    }

    /** A stored instant ("2026-12-05T14:03:27.114Z") as a reader writes it: "5 December 2026, 14:03 UTC". */
    public static String moment(String instant) {
        try {
            return MOMENT.format(Instant.parse(instant).atZone(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private RecordTitles titles() {
        return new RecordTitles(records.lookup(), store.vocabularies());
    }

    /** The record's fields. */
    @GetMapping("/records/{id}")
    public String record(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<RecordVersion> head = store.records().findVersion(id);
        if (head.isPresent() && head.get().deleted()) {
            // Gone, not unknown: to those who could see it, say so and lead to the history that is kept.
            Record gone = caller.view(store.reveal(head.get().record()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("record", gone);
            model.addAttribute("title", titles().of(gone));
            model.addAttribute("deletedAt", moment(head.get().createdAt()));
            model.addAttribute("deletedBy", head.get().createdBy());
            return "deleted";
        }
        Record r = records.require(id);
        RecordVersion v = store.records().findVersion(id).orElseThrow();
        model.addAttribute("record", r);
        model.addAttribute("title", titles().of(r));
        model.addAttribute("version", v);
        model.addAttribute("savedAt", moment(v.createdAt()));
        model.addAttribute("lines", new ReadableFields(new FormSchema(store.vocabularies()), titles(), records.lookup())
                .of(r));
        model.addAttribute("readable", SearchPage.readablePage(r));
        model.addAttribute("canWrite", caller.user().map(u -> u.role().canWrite()).orElse(false));
        model.addAttribute("isAdmin", caller.user().map(u -> u.role() == Role.ADMIN).orElse(false));
        List<Attachment> files = r.recordType() == RecordType.SOURCE ? new AttachmentStore(store).of(id) : List.of();
        // File names can say as much as the files (a witness's name, a place), so both go only to those who
        // may read the source's sensitive values; others learn only that files exist.
        boolean mayOpen = caller.mayReadSensitive(r);
        model.addAttribute("attachments", mayOpen ? files : List.of());
        model.addAttribute("attachmentsWithheld", mayOpen ? 0 : files.size());
        model.addAttribute("assignees", accounts.assignees(id));
        model.addAttribute("users", caller.user().filter(u -> u.role() == Role.ADMIN)
                .map(u -> accounts.all()).orElse(List.of()));
        return "record";
    }

    /**
     * Every version of the record, newest first, each with the fields it changed in words. A deleted record's
     * history stays readable, to those who could see the record, with who deleted it and when.
     */
    @GetMapping("/records/{id}/history")
    public String history(@PathVariable String id, Model model) {
        RecordVersion head = store.records().findVersion(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
        Record current = caller.view(store.reveal(head.record()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + id));
        List<RecordVersion> versions = store.records().history(id);
        var readable = new ReadableFields(new FormSchema(store.vocabularies()), titles(), records.lookup());
        List<VersionView> views = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (RecordVersion v : versions) {
            Record r = store.reveal(v.record());
            Map<String, String> now = new LinkedHashMap<>();
            caller.view(r).ifPresent(x -> readable.of(x).forEach(line -> now.merge(line.label(), line.value(),
                    (a, b) -> a + "; " + b)));
            views.add(new VersionView(v.version(), moment(v.createdAt()), v.createdBy(), v.deleted(),
                    v.deleted() ? List.of() : diff(previous, now)));
            previous = now;
        }
        Collections.reverse(views);
        model.addAttribute("record", current);
        model.addAttribute("title", titles().of(current));
        model.addAttribute("deleted", head.deleted());
        model.addAttribute("deletedAt", moment(head.createdAt()));
        model.addAttribute("deletedBy", head.createdBy());
        model.addAttribute("readable", head.deleted() ? null
                : SearchPage.readablePage(current));
        model.addAttribute("versions", views);
        return "history";
    }

    static List<Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            String b = before.getOrDefault(k, "");
            String a = after.getOrDefault(k, "");
            if (!b.equals(a)) {
                changes.add(new Change(k, b, a));
            }
        }
        return changes;
    }
}
