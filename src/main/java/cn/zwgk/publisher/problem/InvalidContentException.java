package cn.zwgk.publisher.problem;

import java.util.List;

/**
 * Thrown when user input has at least one error. Carries every problem found (errors and warnings),
 * sorted, so the CLI can print them all and exit 1.
 */
public final class InvalidContentException extends RuntimeException {
  private final transient List<Problem> problems;

  public InvalidContentException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidContentException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder out = new StringBuilder(errors + " error(s) in content");
    for (Problem p : problems) {
      out.append('\n').append(p.format());
    }
    return out.toString();
  }
}
