package de.bochumtwin.scenarios.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A config file as read: modules by name, each a {@link Group} of params and parameter sets, every
 * entry with its line number for error messages. Read-only after reading.
 */
public final class ConfigTree {
  private final Path file;
  private final Map<String, Group> modules = new LinkedHashMap<>();

  ConfigTree(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public Map<String, Group> modules() {
    return Collections.unmodifiableMap(modules);
  }

  public Optional<Group> module(String name) {
    return Optional.ofNullable(modules.get(name));
  }

  Group addModule(String name, int line) {
    return modules.computeIfAbsent(name, n -> new Group(n, line));
  }

  /** One parameter: value and the line it was given on. */
  public record Param(String name, String value, int line) {}

  /** A module or a parameter set: params by name plus nested parameter sets by type, in file order. */
  public static final class Group {
    private final String name;
    private final int line;
    private final Map<String, Param> params = new LinkedHashMap<>();
    private final List<Group> sets = new ArrayList<>();

    Group(String name, int line) {
      this.name = name;
      this.line = line;
    }

    /** The module name or the parameter set's type. */
    public String name() {
      return name;
    }

    public int line() {
      return line;
    }

    public Map<String, Param> params() {
      return Collections.unmodifiableMap(params);
    }

    public Optional<Param> param(String name) {
      return Optional.ofNullable(params.get(name));
    }

    public List<Group> parameterSets() {
      return Collections.unmodifiableList(sets);
    }

    public List<Group> parameterSets(String type) {
      return sets.stream().filter(s -> s.name.equals(type)).toList();
    }

    void put(Param p) {
      params.put(p.name(), p);
    }

    Group addSet(String type, int line) {
      Group g = new Group(type, line);
      sets.add(g);
      return g;
    }
  }
}
