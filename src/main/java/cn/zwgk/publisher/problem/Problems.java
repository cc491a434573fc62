package cn.zwgk.publisher.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the problems of one run so that all of them are reported together, sorted by path and
 * line. Not thread-safe: stages that work in parallel collect into their own instance and {@link
 * #addAll} the result.
 */
public final class Problems {
  private final List<Problem> all = new ArrayList<>();

  public void add(Problem problem) {
    all.add(problem);
  }

  public void addAll(Collection<Problem> problems) {
    all.addAll(problems);
  }

  public void addAll(Problems other) {
    all.addAll(other.all);
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Problem::isError);
  }

  public List<Problem> sorted() {
    return all.stream().sorted().toList();
  }

  public List<Problem> errors() {
    return all.stream().filter(Problem::isError).sorted().toList();
  }

  public List<Problem> warnings() {
    return all.stream().filter(p -> !p.isError()).sorted().toList();
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** Throws {@link InvalidContentException} carrying every problem when any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new InvalidContentException(sorted());
    }
  }
}
