package org.vigil.app.web.forms;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.vigil.core.count.Count;
import org.vigil.core.count.CountQualifier;
import org.vigil.core.dataset.AllowedValues;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Reference;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the form of every record type from its Java record: one input per component, nested groups
 * for nested records, repeatable rows for lists, vocabulary terms as choices. A new field in the model
 * appears in the form without template changes.
 */
public final class FormSchema {

    // Components that the record's constructor fills in when left empty: not required in the form.
    private static final Set<String> DEFAULTED = Set.of("PersonName.script", "Person.sex", "Person.kind",
            "Event.monitoringStatus", "Involvement.perpetratorType", "Involvement.degree", "Involvement.status",
            "Tally.unit");
    private static final Set<String> LONG_TEXT = Set.of("description", "text", "notes", "purpose", "grounds",
            "response", "groupDescription");
    private static final Map<String, List<String>> FIXED = Map.of(
            "Person.sex", AllowedValues.SEXES,
            "Involvement.degree", AllowedValues.DEGREES,
            "Involvement.status", AllowedValues.INVOLVEMENT_STATUSES,
            "Verdict.outcome", AllowedValues.VERDICTS,
            "Appeal.outcome", AllowedValues.APPEALS,
            "Release.manner", AllowedValues.RELEASES,
            "Tally.unit", AllowedValues.TALLY_UNITS);
    // Labels the component name does not give well ("victimId" would read "Victim", but say what it names).
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("perpetratorId", "Perpetrator (person or organisation)"),
            Map.entry("authorityId", "Authority (court, prosecutor or force)"),
            Map.entry("byId", "By (organisation)"),
            Map.entry("parentId", "Part of (organisation)"),
            Map.entry("targetIds", "About (records)"),
            Map.entry("realIdentity", "Real identity"),
            Map.entry("legalArticle", "Legal article"));
    // Labels of one component of one record ("value" of a name is the name itself).
    private static final Map<String, String> KEY_LABELS = Map.ofEntries(
            Map.entry("PersonName.value", "Name"),
            Map.entry("PersonName.sourceId", "Source of this spelling"),
            Map.entry("Source.url", "Address (URL)"),
            Map.entry("Sentence.term", "Prison term"),
            Map.entry("Sentence.minimum", "Range: at least"),
            Map.entry("Sentence.maximum", "Range: at most"),
            Map.entry("Sentence.life", "Life imprisonment"),
            Map.entry("Sentence.death", "Death penalty"),
            Map.entry("Sentence.confiscation", "Confiscation of property"),
            Map.entry("Citation.span", "Where in the source's text (character positions)"),
            Map.entry("Citation.note", "Note (page, paragraph)"));
    // What the model's validation asks of a field that no star can say.
    private static final Map<String, String> HINTS = Map.of(
            "Person.names", "An individual needs at least one name, or a pseudonym under Anonymity.",
            "Person.groupDescription", "For a group of people (kind: group): who they are; required for a group.",
            "Act.eventId", "The event this act was part of.",
            "Involvement.perpetratorId", "Choose from the list; add the organisation or person first if it is missing.");
    // ISO 15924 codes of the scripts names are written in, with the names people know them by.
    private static final List<FieldSpec.Option> SCRIPTS = List.of(
            new FieldSpec.Option("", "Unknown/auto (detected from the name)"),
            new FieldSpec.Option("Latn", "Latin"), new FieldSpec.Option("Cyrl", "Cyrillic"),
            new FieldSpec.Option("Arab", "Arabic"), new FieldSpec.Option("Grek", "Greek"),
            new FieldSpec.Option("Armn", "Armenian"), new FieldSpec.Option("Geor", "Georgian"),
            new FieldSpec.Option("Hebr", "Hebrew"), new FieldSpec.Option("Hans", "Chinese (simplified)"),
            new FieldSpec.Option("Hant", "Chinese (traditional)"), new FieldSpec.Option("Jpan", "Japanese"),
            new FieldSpec.Option("Kore", "Korean"), new FieldSpec.Option("Deva", "Devanagari"),
            new FieldSpec.Option("Zyyy", "Mixed or other"));

    private static final Pattern SEGMENT = Pattern.compile("^([^\\[]*)(?:\\[(\\d+)])?");

    private final Vocabularies vocabularies;

    /** Forms whose choices come from these vocabularies. */
    public FormSchema(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The fields of a record type's form (the id is handled by the page). */
    public List<FieldSpec> fields(RecordType type) {
        return fieldsOf(new At(type, ""), type.javaType(), true, true);
    }

    /** Every field by its path with list indices removed ({@code names.value}), for binding. */
    public Map<String, FieldSpec> index(RecordType type) {
        Map<String, FieldSpec> index = new LinkedHashMap<>();
        addToIndex("", fields(type), index);
        return index;
    }

    /**
     * The words a person reads for a field path: {@code names[1].script} is "Names 2 › Script",
     * {@code step.sentence.term.years} is "Step › Term › Years".
     */
    public String labelOf(RecordType type, String path) {
        Map<String, FieldSpec> index = index(type);
        List<String> parts = new ArrayList<>();
        String prefix = "";
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.find()) {
                continue;
            }
            prefix = prefix.isEmpty() ? m.group(1) : prefix + "." + m.group(1);
            FieldSpec f = index.get(prefix);
            if (f != null) {
                parts.add(f.label() + (m.group(2) == null ? "" : " " + (Integer.parseInt(m.group(2)) + 1)));
            }
        }
        return parts.isEmpty() ? path : String.join(" › ", parts);
    }

    private static void addToIndex(String prefix, List<FieldSpec> fields, Map<String, FieldSpec> index) {
        for (FieldSpec f : fields) {
            String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
            index.put(path, f);
            if (f.kind() == FieldSpec.Kind.GROUP || (f.kind() == FieldSpec.Kind.LIST && f.item() == null)) {
                addToIndex(path, f.children(), index);
            }
            if (f.kind() == FieldSpec.Kind.LIST && f.item() != null) {
                index.put(path, f);
            }
            if (f.kind() == FieldSpec.Kind.VARIANT) {
                f.variants().forEach((kind, sub) -> addToIndex(path + "." + kind, sub, index));
            }
        }
    }

    /**
     * The fields of a record class. A field is required only when its whole chain of groups is: the
     * pseudonym is required by an anonymity, but the anonymity itself is optional, so neither is starred.
     */
    private List<FieldSpec> fieldsOf(At at, Class<?> recordClass, boolean topLevel, boolean chainRequired) {
        List<FieldSpec> fields = new ArrayList<>();
        for (RecordComponent c : recordClass.getRecordComponents()) {
            if (topLevel && c.getName().equals("id")) {
                continue;
            }
            fields.add(field(at.child(c.getName()), recordClass.getSimpleName(), c.getName(), c.getGenericType(),
                    !chainRequired));
        }
        return fields;
    }

    private FieldSpec field(At at, String owner, String name, Type type, boolean optional) {
        String key = owner + "." + name;
        String label = KEY_LABELS.getOrDefault(key, label(name));
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            return field(at, owner, name, typeArgument(type), true);
        }
        if (key.equals("PersonName.script")) {
            return new FieldSpec(name, label, FieldSpec.Kind.CHOICE, false, SCRIPTS, List.of(), null, Map.of(),
                    Set.of(), "");
        }
        if (raw == List.class) {
            Type itemType = typeArgument(type);
            Class<?> item = rawClass(itemType);
            if (item == String.class && at.vocabulary().isPresent()) {
                return new FieldSpec(name, label, FieldSpec.Kind.MULTI_CHOICE, false, vocabularyOptions(at.vocabulary().get()), List.of(),
                        null, Map.of(), Set.of(), "");
            }
            if (item == String.class) {
                String one = label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
                FieldSpec text = new FieldSpec("", one, FieldSpec.Kind.TEXT, false, List.of(), List.of(), null,
                        Map.of(), at.references(), "");
                return new FieldSpec(name, label, FieldSpec.Kind.LIST, false, List.of(), List.of(), text, Map.of(),
                        Set.of(), "");
            }
            return new FieldSpec(name, label, FieldSpec.Kind.LIST, false, List.of(), fieldsOf(at, item, false, false), null,
                    Map.of(), Set.of(), HINTS.getOrDefault(key, ""));
        }
        boolean required = !optional && !raw.isPrimitive() && !DEFAULTED.contains(key);
        if (raw == String.class) {
            if (at.vocabulary().isPresent()) {
                return new FieldSpec(name, label, FieldSpec.Kind.CHOICE, required, vocabularyOptions(at.vocabulary().get()), List.of(),
                        null, Map.of(), Set.of(), "");
            }
            if (FIXED.containsKey(key)) {
                return new FieldSpec(name, label, FieldSpec.Kind.CHOICE, required,
                        FIXED.get(key).stream().map(v -> new FieldSpec.Option(v, capitalised(v.replace('_', ' ')))).toList(),
                        List.of(), null, Map.of(), Set.of(), "");
            }
            boolean country = name.equals("country") || name.equals("nationality") || name.equals("requestingState");
            return new FieldSpec(name, label, LONG_TEXT.contains(name) ? FieldSpec.Kind.TEXTAREA : FieldSpec.Kind.TEXT,
                    required, List.of(), List.of(), null, Map.of(), at.references(),
                    country ? "two-letter country code, e.g. KZ" : name.equals("language") ? "e.g. en, ru, kk"
                            : HINTS.getOrDefault(key, ""));
        }
        if (raw == PartialDate.class) {
            return new FieldSpec(name, label, FieldSpec.Kind.DATE, required, List.of(), List.of(), null, Map.of(),
                    Set.of(), "2012, 2012-01, 2012-01-23, late 2012-01 — or in words: “late January 2012”");
        }
        if (raw == Count.class) {
            List<FieldSpec.Option> qualifiers = Arrays.stream(CountQualifier.values())
                    .map(q -> new FieldSpec.Option(q.code(), q.phrase().isEmpty() ? "exactly" : q.phrase())).toList();
            return new FieldSpec(name, label, FieldSpec.Kind.COUNT, required, qualifiers, List.of(), null, Map.of(),
                    Set.of(), "");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new FieldSpec(name, label, FieldSpec.Kind.BOOLEAN, false, List.of(), List.of(), null, Map.of(),
                    Set.of(), "");
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return new FieldSpec(name, label, FieldSpec.Kind.NUMBER, false, List.of(), List.of(), null, Map.of(),
                    Set.of(), "");
        }
        if (raw.isEnum()) {
            List<FieldSpec.Option> options = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                String code = enumCode(constant);
                options.add(new FieldSpec.Option(code, capitalised(code.replace('_', ' '))));
            }
            String hint = raw == Confidentiality.class
                    ? "public: anyone; internal: staff; restricted: only users assigned to the record" : "";
            return new FieldSpec(name, label, FieldSpec.Kind.CHOICE, false, options, List.of(), null, Map.of(),
                    Set.of(), hint);
        }
        if (raw == ProceedingStep.class) {
            Map<String, List<FieldSpec>> variants = new LinkedHashMap<>();
            for (JsonSubTypes.Type t : ProceedingStep.class.getAnnotation(JsonSubTypes.class).value()) {
                variants.put(t.name(), fieldsOf(at, t.value(), false, true));
            }
            return new FieldSpec(name, label, FieldSpec.Kind.VARIANT, true, variants.keySet().stream()
                    .map(k -> new FieldSpec.Option(k, k.replace('_', ' '))).toList(), List.of(), null, variants,
                    Set.of(), "");
        }
        if (raw.isRecord()) {
            return new FieldSpec(name, label, FieldSpec.Kind.GROUP, required, List.of(), fieldsOf(at, raw, false, required), null,
                    Map.of(), Set.of(), "");
        }
        throw new IllegalStateException("no form widget for " + key + " of type " + type);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private List<FieldSpec.Option> vocabularyOptions(VocabularyKind kind) {
        return vocabularies.get(kind).terms().stream()
                .map(t -> new FieldSpec.Option(t.code(), t.label())).toList();
    }

    private static String enumCode(Object constant) {
        try {
            return (String) constant.getClass().getMethod("code").invoke(constant);
        } catch (ReflectiveOperationException e) {
            return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
        }
    }

    static String label(String camel) {
        if (LABELS.containsKey(camel)) {
            return LABELS.get(camel);
        }
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        // Only a trailing "id" names a reference: "real identity" keeps its letters.
        spaced = spaced.replaceAll(" ids$", "s").replaceAll(" id$", "");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static Type typeArgument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    /**
     * Where a field sits: its record type and its path without list indices or step kinds
     * ({@code names.sourceId}, {@code step.fairTrialConcerns}), the paths the record types declare
     * their references and vocabulary fields under.
     */
    private record At(RecordType type, String path) {

        At child(String name) {
            return new At(type, path.isEmpty() ? name : path + "." + name);
        }

        Set<RecordType> references() {
            return type.referenceAt(path).map(Reference::targets).orElse(Set.of());
        }

        Optional<VocabularyKind> vocabulary() {
            return Optional.ofNullable(type.vocabularyFields().get(path));
        }
    }
}
