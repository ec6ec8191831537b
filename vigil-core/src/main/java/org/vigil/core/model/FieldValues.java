package org.vigil.core.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads and cuts the values at a field path of a record ({@code names.sourceId}), walking record
 * components, optional values and lists, so that the paths the record types declare are read the same
 * way by every part of the system.
 */
public final class FieldValues {

    private static final Object REMOVE = new Object();
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private FieldValues() {
    }

    /**
     * One value found at a path.
     *
     * @param path  the path with list indices ({@code names[1].sourceId})
     * @param value the value
     */
    public record Found(String path, Object value) {
    }

    /** True when a record of this class could hold a value at the path (some list or variant may be empty). */
    public static boolean exists(Object root, String path) {
        Object value = root;
        for (String segment : path.split("\\.")) {
            value = unwrap(value);
            if (value == null || !value.getClass().isRecord()) {
                return false;
            }
            RecordComponent c = component(value.getClass(), segment);
            if (c == null) {
                return false;
            }
            value = get(c, value);
        }
        return true;
    }

    /**
     * Every value at a path, in order; absent optional values give none, a list gives one per item. A segment
     * that names no component may name a public method without arguments, for a value derived from the
     * components ({@code step.kindCode}, a sentence in words).
     */
    public static List<Found> at(Object root, String path) {
        List<Found> found = new ArrayList<>();
        collect(root, path.split("\\."), 0, "", found);
        return found;
    }

    /** Every text value at a path. */
    public static List<Found> textsAt(Object root, String path) {
        return at(root, path).stream().filter(f -> f.value() instanceof String).toList();
    }

    private static void collect(Object value, String[] segments, int i, String path, List<Found> found) {
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, segments, i, path, found));
            return;
        }
        if (value instanceof List<?> list) {
            for (int k = 0; k < list.size(); k++) {
                collect(list.get(k), segments, i, path + "[" + k + "]", found);
            }
            return;
        }
        if (i == segments.length) {
            if (value != null) {
                found.add(new Found(path, value));
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        String next = path.isEmpty() ? segments[i] : path + "." + segments[i];
        RecordComponent c = component(value.getClass(), segments[i]);
        if (c != null) {
            collect(get(c, value), segments, i + 1, next, found);
            return;
        }
        Method derived = derived(value.getClass(), segments[i]);
        if (derived != null) {
            collect(invoke(derived, value), segments, i + 1, next, found);
        }
    }

    private static Method derived(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            return m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers()) ? null : m;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object invoke(Method m, Object owner) {
        try {
            return m.invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + m.getName() + " of " + owner.getClass(), e);
        }
    }

    /**
     * The record with every text value at a path that {@code keep} refuses cut: an optional value becomes
     * empty, a list loses the item, and an item of a list that holds such a value in a required field (a
     * citation of a withheld source) is dropped. A required value outside any list or optional is kept.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T cut(T record, String path, Predicate<String> keep) {
        Object result = cut(record, path.split("\\."), 0, keep);
        return result == REMOVE ? record : (T) result;
    }

    private static Object cut(Object value, String[] segments, int i, Predicate<String> keep) {
        if (value instanceof Optional<?> o) {
            if (o.isEmpty()) {
                return o;
            }
            Object inner = cut(o.get(), segments, i, keep);
            return inner == REMOVE ? Optional.empty() : inner == o.get() ? o : Optional.of(inner);
        }
        if (value instanceof List<?> list) {
            List<Object> kept = new ArrayList<>();
            boolean changed = false;
            for (Object item : list) {
                Object c = cut(item, segments, i, keep);
                changed |= c != item;
                if (c != REMOVE) {
                    kept.add(c);
                }
            }
            return changed ? List.copyOf(kept) : list;
        }
        if (i == segments.length) {
            return value instanceof String s && !keep.test(s) ? REMOVE : value;
        }
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        RecordComponent[] components = COMPONENTS.get(value.getClass());
        Object[] args = new Object[components.length];
        boolean changed = false;
        for (int k = 0; k < components.length; k++) {
            Object old = get(components[k], value);
            args[k] = old;
            if (components[k].getName().equals(segments[i])) {
                Object c = cut(old, segments, i + 1, keep);
                if (c == REMOVE) {
                    return REMOVE;
                }
                changed |= c != old;
                args[k] = c;
            }
        }
        return changed ? construct(value.getClass(), components, args) : value;
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : COMPONENTS.get(type)) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static Object get(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + owner.getClass(), e);
        }
    }

    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> o) {
            return o.orElse(null);
        }
        if (value instanceof List<?> l) {
            return l.isEmpty() ? null : l.get(0);
        }
        return value;
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
        Class<?>[] types = new Class<?>[components.length];
        for (int k = 0; k < components.length; k++) {
            types[k] = components[k].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type, e);
        }
    }
}
