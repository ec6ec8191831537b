package org.vigil.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The fields whose disclosure would endanger people — a person's contact details, the real identity
 * behind a pseudonym, and the text of a testimony or of any source that is not public — and one way to
 * rewrite them all: encrypt before storing, decrypt after reading, drop for redacted outputs. It also says
 * what each way out of the system — the search index, a printed report — never carries.
 */
public final class SensitiveFields {

    /** Path of a person's contact details. */
    public static final String CONTACT = "contact";
    /** Path of the real identity behind a pseudonym. */
    public static final String REAL_IDENTITY = "anonymity.realIdentity";
    /** Path of a source's text. */
    public static final String SOURCE_TEXT = "text";

    private SensitiveFields() {
    }

    /** Rewrites one sensitive value; returning empty removes it. */
    @FunctionalInterface
    public interface Rewrite {
        /** The new value for the field at {@code path} of the record {@code recordId}. */
        Optional<String> apply(String recordId, String path, String value);
    }

    /** True when a source's text is sensitive: testimony, or any source that is not public. */
    public static boolean textIsSensitive(Source s) {
        return "testimony".equals(s.kind()) || s.confidentiality() != Confidentiality.PUBLIC;
    }

    /** True when the record has at least one sensitive value. */
    public static boolean present(Record r) {
        boolean[] any = new boolean[1];
        rewrite(r, (id, path, value) -> {
            any[0] = true;
            return Optional.of(value);
        });
        return any[0];
    }

    /** The record with every sensitive value rewritten (records without any are returned unchanged). */
    public static Record rewrite(Record r, Rewrite f) {
        return switch (r.recordType()) {
            case PERSON -> person((Person) r, f);
            case SOURCE -> source((Source) r, f);
            case EVENT, ACT, ORGANISATION, INVOLVEMENT, PROCEEDING, INTERVENTION, EVENT_LINK, CASE -> r;
        };
    }

    private static Person person(Person p, Rewrite f) {
        Optional<String> contact = p.contact().flatMap(v -> f.apply(p.id(), CONTACT, v));
        Optional<Anonymity> anonymity = p.anonymity().map(a -> new Anonymity(a.pseudonym(),
                a.realIdentity().flatMap(v -> f.apply(p.id(), REAL_IDENTITY, v))));
        return p.toBuilder().anonymity(anonymity).contact(contact).build();
    }

    private static Source source(Source s, Rewrite f) {
        if (!textIsSensitive(s) || s.text().isEmpty()) {
            return s;
        }
        return s.withText(s.text().flatMap(v -> f.apply(s.id(), SOURCE_TEXT, v)));
    }

    /** A way a record leaves the system other than to a reader allowed to see it whole. */
    public enum Outlet {
        /** The search index: files on disk, and matches shown to anyone who may search. */
        SEARCH_INDEX,
        /** A report: printed and carried, read by people the system never sees. */
        REPORT
    }

    /**
     * The record as an outlet may carry it; the one rule both the search index and reports follow. Contact
     * details and real identities never leave. An anonymous person is known by the pseudonym alone: the
     * names go everywhere it is shown. The outlets differ where their readers differ, declared below.
     */
    public static Record shownIn(Outlet outlet, Record r) {
        return switch (r.recordType()) {
            case PERSON -> person((Person) r, outlet);
            case SOURCE -> source((Source) r, outlet);
            case EVENT, ACT, ORGANISATION, INVOLVEMENT, PROCEEDING, INTERVENTION, EVENT_LINK, CASE -> r;
        };
    }

    private static Person person(Person p, Outlet outlet) {
        Person.Builder b = p.toBuilder().contact(Optional.<String>empty())
                .anonymity(p.anonymity().map(a -> new Anonymity(a.pseudonym(), Optional.empty())));
        if (p.anonymity().isEmpty()) {
            return b.build();
        }
        b.names(List.of());
        // Free text and date filters could pick a pseudonym out by its details ("oil worker" born 1970), so
        // the index holds none of them; a report states them in its account, where no one can query them.
        boolean detailsWithheld = switch (outlet) {
            case SEARCH_INDEX -> true;
            case REPORT -> false;
        };
        if (detailsWithheld) {
            b.groupDescription(Optional.<String>empty()).occupation(Optional.<String>empty())
                    .birthDate(Optional.empty());
        }
        return b.build();
    }

    private static Source source(Source s, Outlet outlet) {
        // The index holds the text of published sources so they can be found, but never text that is sealed at
        // rest (testimony, even when its record is public): the index files are not encrypted. A report cites
        // its sources and never reproduces any of them.
        boolean textShown = switch (outlet) {
            case SEARCH_INDEX -> !textIsSensitive(s);
            case REPORT -> false;
        };
        return textShown || s.text().isEmpty() ? s : s.withText(Optional.empty());
    }

    /** The record with every sensitive value removed, for outputs that must not carry them. */
    public static Record redact(Record r) {
        return rewrite(r, (id, path, value) -> Optional.empty());
    }
}
