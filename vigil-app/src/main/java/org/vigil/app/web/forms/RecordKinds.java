package org.vigil.app.web.forms;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.RecordType;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What each kind of record and each legal step is called on the pages, and what it is for. The words live in
 * the message file ({@code kind.<code>}, {@code kind.<code>.purpose}, {@code step.<code>.purpose},
 * {@code kind.order}), so a new record type needs its model and its lines there, and no code here.
 */
public final class RecordKinds {

    // The root bundle: these words are English on every page today, whatever the JVM's default locale.
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /**
     * The order in which a case is usually recorded (the source first, then what it tells), as the message
     * file lists it; a type it does not list comes last rather than not at all.
     */
    public static final List<RecordType> ORDER = order();

    private RecordKinds() {
    }

    private static List<RecordType> order() {
        Set<RecordType> ordered = new LinkedHashSet<>();
        List<String> listed = Arrays.stream(text("kind.order").split(",")).map(String::strip).toList();
        for (String code : listed) {
            Arrays.stream(RecordType.values()).filter(t -> t.code().equals(code)).forEach(ordered::add);
        }
        ordered.addAll(List.of(RecordType.values()));
        return List.copyOf(ordered);
    }

    private static String text(String key) {
        return TEXT.containsKey(key) ? TEXT.getString(key) : "";
    }

    /** The name of a kind of record: "Source", "Legal proceeding". */
    public static String label(RecordType type) {
        String label = text("kind." + type.code());
        return label.isBlank() ? type.label() : label;
    }

    /** One line saying what a kind of record is for. */
    public static String purpose(RecordType type) {
        return text("kind." + type.code() + ".purpose");
    }

    /** The kinds of legal step, in the order a case goes through them. */
    public static List<String> steps() {
        return Arrays.stream(ProceedingStep.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).toList();
    }

    /** The name of a kind of step: "Extradition request". */
    public static String stepLabel(String code) {
        String s = code.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One line saying what a kind of step is. */
    public static String stepPurpose(String code) {
        return text("step." + code + ".purpose");
    }
}
