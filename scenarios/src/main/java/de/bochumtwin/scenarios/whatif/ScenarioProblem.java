package de.bochumtwin.scenarios.whatif;

/** One problem in a scenario file: where it is and what to change. */
public record ScenarioProblem(Where where, String message) {}
