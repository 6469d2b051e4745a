package de.bochumtwin.scenarios.whatif;

import java.nio.file.Path;
import java.util.List;

/**
 * All problems of one scenario file, reported together (an {@link IllegalArgumentException}, so the
 * CLI exits with code 2). The message has one line per problem: {@code file:line:column: message}.
 */
public final class ScenarioFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioProblem> problems;

  /** @param problems in any order; they are reported by line, then column */
  public ScenarioFileException(Path file, List<ScenarioProblem> problems) {
    this(file, sorted(problems), true);
  }

  private ScenarioFileException(Path file, List<ScenarioProblem> sorted, boolean unused) {
    super(compose(file, sorted));
    this.problems = sorted;
  }

  private static List<ScenarioProblem> sorted(List<ScenarioProblem> problems) {
    return problems.stream().sorted(java.util.Comparator.comparingInt((ScenarioProblem p) -> p.where().line())
        .thenComparingInt(p -> p.where().column())).toList();
  }

  public List<ScenarioProblem> problems() {
    return problems;
  }

  private static String compose(Path file, List<ScenarioProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
        .append(", nothing was run:");
    for (ScenarioProblem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(file).append(':').append(p.where()).append(": ").append(p.message());
    }
    return sb.toString();
  }
}
