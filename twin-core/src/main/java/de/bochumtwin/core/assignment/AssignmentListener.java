package de.bochumtwin.core.assignment;

/** Receives progress after each iteration (e.g. the CLI prints it to stderr). Called on the solver thread. */
@FunctionalInterface
public interface AssignmentListener {
  /** No-op listener. */
  AssignmentListener NONE = (iteration, relativeGap, objective) -> { };

  void iterationDone(int iteration, double relativeGap, double objective);
}
