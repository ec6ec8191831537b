package org.vigil.app.web.forms;

import org.vigil.core.model.RecordType;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One input of a record form, derived from the record's Java type.
 *
 * @param name      the component name (the last segment of the field path)
 * @param label     the visible label
 * @param kind      which widget
 * @param required  whether the model requires a value
 * @param options   choices for CHOICE and MULTI_CHOICE
 * @param children  the fields of a GROUP, or the item fields of a LIST of groups
 * @param item      the item of a LIST of plain values (TEXT)
 * @param variants  for a VARIANT (a proceeding's step): the fields of each kind
 * @param refs      for an id field, the record types it may name (offered as suggestions)
 * @param hint      help text shown under the input
 */
public record FieldSpec(String name, String label, Kind kind, boolean required, List<Option> options,
                        List<FieldSpec> children, FieldSpec item, Map<String, List<FieldSpec>> variants,
                        Set<RecordType> refs, String hint) {

    /** The widget kinds. */
    public enum Kind { TEXT, TEXTAREA, DATE, COUNT, NUMBER, BOOLEAN, CHOICE, MULTI_CHOICE, GROUP, LIST, VARIANT }

    /** A choice: the stored code and the label shown. */
    public record Option(String code, String label) {
    }

    /** True for the kinds whose value is a single string input. */
    public boolean scalar() {
        return kind == Kind.TEXT || kind == Kind.TEXTAREA || kind == Kind.DATE || kind == Kind.NUMBER
                || kind == Kind.CHOICE;
    }

    /** True when one of the choices stores this code (a blank code is the choice's own "none" label). */
    public boolean hasOption(String code) {
        return options.stream().anyMatch(o -> o.code().equals(code));
    }

    /** True for a group of numbers only (a prison term's years, months, days), shown on one line. */
    public boolean allNumbers() {
        return kind == Kind.GROUP && children.stream().allMatch(c -> c.kind() == Kind.NUMBER);
    }

    /** The datalist of the records a reference field may name: one list per set of allowed types. */
    public String datalistId() {
        return refs.isEmpty() ? null : "refs-" + String.join("-", refs.stream().map(RecordType::code).sorted().toList());
    }

    /** The HTML id-safe form of a path. */
    public static String htmlId(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9]", "-");
    }
}
