package cn.zwgk.publisher.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one serialization of a page model that its cache key is made from: every component of every
 * record, by name, with strings length-prefixed (so no value can imitate a separator), lists and
 * maps in the order the templates iterate them. It knows only the types page models are made of
 * (records, strings, numbers, booleans, enums, dates, paths, optionals, collections, maps) and
 * fails on anything else: an object printed by {@code Object.toString()} (an identity hash) or by a
 * hand-written {@code toString()} that leaves a field out would make keys that are equal for
 * different pages, or different for equal ones. A new model type must be made of these.
 */
public final class CanonicalModel {
  private CanonicalModel() {}

  /** The canonical text of {@code model}. */
  public static String of(Object model) {
    StringBuilder out = new StringBuilder(256);
    write(model, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append('~');
    } else if (value instanceof CharSequence s) {
      out.append('"').append(s.length()).append(':').append(s);
    } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      out.append(value.getClass().getSimpleName().charAt(0)).append(value).append(';');
    } else if (value instanceof Enum<?> e) {
      out.append('E').append(e.getDeclaringClass().getName()).append('.').append(e.name());
      out.append(';');
    } else if (value instanceof TemporalAccessor || value instanceof Path) {
      String s = value.toString();
      out.append('T').append(s.length()).append(':').append(s);
    } else if (value instanceof Optional<?> o) {
      out.append('?');
      write(o.orElse(null), out);
    } else if (value instanceof Collection<?> c) {
      out.append('[').append(c.size()).append(':');
      for (Object item : c) {
        write(item, out);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> m) {
      out.append('{').append(m.size()).append(':');
      for (Map.Entry<?, ?> e : m.entrySet()) {
        write(e.getKey(), out);
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Record r) {
      writeRecord(r, out);
    } else {
      throw new IllegalArgumentException(
          "a page model holds a "
              + value.getClass().getName()
              + ", which has no canonical form (use records, strings, numbers, dates, lists, maps)");
    }
  }

  private static void writeRecord(Record r, StringBuilder out) {
    out.append('(').append(r.getClass().getName());
    for (Component c : COMPONENTS.get(r.getClass())) {
      out.append(' ').append(c.name()).append('=');
      try {
        write(c.accessor().invoke(r), out);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + c.name() + " of " + r.getClass(), e);
      }
    }
    out.append(')');
  }

  /** A record component's name and its accessor, made accessible once. */
  private record Component(String name, Method accessor) {}

  /**
   * The components of each record class, looked up once: reflection copies the accessor on every
   * {@link RecordComponent#getAccessor} call, and a province's build keys tens of thousands of
   * models.
   */
  private static final ClassValue<List<Component>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
          List<Component> out = new ArrayList<>();
          for (RecordComponent c : type.getRecordComponents()) {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            out.add(new Component(c.getName(), accessor));
          }
          return List.copyOf(out);
        }
      };
}
