package de.bochumtwin.cli.configure;

import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.TeleportedModeParams;
import de.bochumtwin.core.population.Time;
import de.bochumtwin.core.replanning.ReplanningSettings;
import de.bochumtwin.core.replanning.StrategySettings;
import de.bochumtwin.core.scoring.ActivityParams;
import de.bochumtwin.core.scoring.ModeParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import de.bochumtwin.core.scoring.TypicalDurationScoreComputation;
import de.bochumtwin.scenarios.config.ConfigTree;
import de.bochumtwin.scenarios.config.ConfigTree.Group;
import de.bochumtwin.scenarios.config.ConfigTree.Param;
import de.bochumtwin.scenarios.io.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Translates a MATSim config (config_v2) into our settings. Supported parameters are listed in
 * docs/configuration.md; every other module, parameter or parameter set is collected as
 * "unsupported" with its line. Invalid values of supported parameters are all collected and reported
 * together in one {@link InputException} before any work starts. With {@code strict} (our own
 * {@code --config}), unsupported entries are errors too.
 */
public final class MatsimConfigMapper {
  private final ConfigTree tree;
  private final boolean strict;
  private final List<String> errors = new ArrayList<>();
  private final List<String> unsupported = new ArrayList<>();
  private final Set<String> consumed = new HashSet<>();

  private MatsimConfigMapper(ConfigTree tree, boolean strict) {
    this.tree = tree;
    this.strict = strict;
  }

  /**
   * @param threads threads for routing and replanning when the config does not set global.numberOfThreads
   */
  public static RunConfig map(ConfigTree tree, boolean strict, int threads) {
    return new MatsimConfigMapper(tree, strict).map(threads);
  }

  private RunConfig map(int defaultThreads) {
    Path dir = tree.file().toAbsolutePath().getParent();
    long seed = lng("global", "randomSeed", 4711);
    int threads = (int) lng("global", "numberOfThreads", defaultThreads);
    consume("global", "coordinateSystem");
    String network = str("network", "inputNetworkFile", null);
    String plans = str("plans", "inputPlansFile", null);
    Group controller = tree.module("controller").or(() -> tree.module("controler")).orElse(null);
    String cName = controller == null ? "controller" : controller.name();
    int first = (int) lng(cName, "firstIteration", 0);
    int last = (int) lng(cName, "lastIteration", 1000);
    consume(cName, "outputDirectory");

    MobsimSettings mobsim = mobsim(seed);
    ScoringParameters scoring = scoring();
    ReplanningSettings replanning = replanning();
    for (Group m : tree.modules().values()) {
      for (Param p : m.params().values()) {
        if (!consumed.contains(m.name() + "." + p.name())) {
          unsupported.add(m.name() + "." + p.name() + "=" + p.value() + " (line " + p.line() + ")");
        }
      }
      for (Group set : m.parameterSets()) {
        if (!consumed.contains(m.name() + "#" + set.name())) {
          unsupported.add(m.name() + " parameterset " + set.name() + " (line " + set.line() + ")");
        }
      }
    }
    if (network == null) {
      errors.add("network.inputNetworkFile is missing; add <module name=\"network\"><param name=\"inputNetworkFile\" value=\"...\"/>");
    }
    if (plans == null) {
      errors.add("plans.inputPlansFile is missing; add <module name=\"plans\"><param name=\"inputPlansFile\" value=\"...\"/>");
    }
    if (strict && !unsupported.isEmpty()) {
      for (String u : unsupported) {
        errors.add("unknown or unsupported entry " + u + "; remove it or see docs/configuration.md");
      }
    }
    ControllerSettings cs = null;
    if (errors.isEmpty()) {
      try {
        cs = new ControllerSettings(first, last, seed, threads, mobsim, scoring, replanning, 900);
      } catch (IllegalArgumentException e) {
        errors.add(e.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new InputException(tree.file(), 0, errors.size() + " problem(s) in the config:\n  - " + String.join("\n  - ", errors));
    }
    return new RunConfig(dir.resolve(network), dir.resolve(plans), cs, unsupported, scoring != null);
  }

  private MobsimSettings mobsim(long seed) {
    MobsimSettings.Builder b = MobsimSettings.builder().withSeed(seed);
    b.withFlowCapacityFactor(dbl("qsim", "flowCapacityFactor", 1.0));
    b.withStorageCapacityFactor(dbl("qsim", "storageCapacityFactor", 1.0));
    b.withStuckTime_s((int) Math.round(dbl("qsim", "stuckTime", 10)));
    b.withRemoveStuckVehicles(bool("qsim", "removeStuckVehicles", false));
    String end = str("qsim", "endTime", null);
    if (end != null) {
      b.withEndTime_s(time("qsim", "endTime", end));
    }
    String mainMode = str("qsim", "mainMode", "car");
    b.withNetworkModes(new LinkedHashSet<>(Arrays.asList(mainMode.split("\\s*,\\s*"))));
    consume("qsim", "startTime");
    consume("qsim", "snapshotStyle");
    tree.module("routing").or(() -> tree.module("planscalcroute")).ifPresent(r -> {
      for (Group set : r.parameterSets("teleportedModeParameters")) {
        consumed.add(r.name() + "#" + set.name());
        String mode = set.param("mode").map(Param::value).orElse(null);
        double speed = set.param("teleportedModeSpeed").map(p -> parse(r.name(), p)).orElse(Double.NaN);
        double factor = set.param("beelineDistanceFactor").map(p -> parse(r.name(), p)).orElse(1.3);
        if (mode == null || Double.isNaN(speed)) {
          errors.add("routing teleportedModeParameters at line " + set.line() + " needs mode and teleportedModeSpeed"
              + " (teleportedModeFreespeedFactor is not supported)");
          continue;
        }
        try {
          b.withTeleportedMode(mode, new TeleportedModeParams(speed, factor));
        } catch (IllegalArgumentException e) {
          errors.add("routing teleportedModeParameters '" + mode + "' (line " + set.line() + "): " + e.getMessage());
        }
      }
    });
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      errors.add("qsim: " + e.getMessage());
      return MobsimSettings.builder().build();
    }
  }

  private ScoringParameters scoring() {
    Group s = tree.module("scoring").or(() -> tree.module("planCalcScore")).orElse(null);
    if (s == null) {
      return null;
    }
    String m = s.name();
    ScoringParameters.Builder b = ScoringParameters.builder();
    b.withPerforming_utilsPerHr(dbl(m, "performing", 6.0));
    b.withLateArrival_utilsPerHr(dbl(m, "lateArrival", -18.0));
    b.withEarlyDeparture_utilsPerHr(dbl(m, "earlyDeparture", 0.0));
    b.withWaiting_utilsPerHr(dbl(m, "waiting", 0.0));
    b.withMarginalUtilityOfMoney(dbl(m, "marginalUtilityOfMoney", 1.0));
    consume(m, "brainExpBeta");
    consume(m, "learningRate");
    consume(m, "writeExperiencedPlans");
    // MATSim 2-level config: scoringParameters set holding the sets (subpopulation null only)
    List<Group> containers = new ArrayList<>(List.of(s));
    for (Group sp : s.parameterSets("scoringParameters")) {
      consumed.add(m + "#scoringParameters");
      containers.add(sp);
    }
    for (Group c : containers) {
      for (Group a : c.parameterSets("activityParams")) {
        consumed.add(m + "#activityParams");
        try {
          b.withActivityParams(activity(m, a));
        } catch (IllegalArgumentException e) {
          errors.add(m + " activityParams (line " + a.line() + "): " + e.getMessage());
        }
      }
      for (Group mp : c.parameterSets("modeParams")) {
        consumed.add(m + "#modeParams");
        try {
          b.withModeParams(mode(m, mp));
        } catch (IllegalArgumentException e) {
          errors.add(m + " modeParams (line " + mp.line() + "): " + e.getMessage());
        }
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      errors.add(m + ": " + e.getMessage());
      return null;
    }
  }

  private ActivityParams activity(String m, Group a) {
    String type = a.param("activityType").map(Param::value)
        .orElseThrow(() -> new IllegalArgumentException("activityType is missing"));
    ActivityParams.Builder b = ActivityParams.builder(type);
    for (Param p : a.params().values()) {
      switch (p.name()) {
        case "activityType" -> { }
        case "typicalDuration" -> b.withTypicalDuration_s(time(m, p.name(), p.value()));
        case "openingTime" -> b.withOpeningTime_s(time(m, p.name(), p.value()));
        case "closingTime" -> b.withClosingTime_s(time(m, p.name(), p.value()));
        case "latestStartTime" -> b.withLatestStartTime_s(time(m, p.name(), p.value()));
        case "earliestEndTime" -> b.withEarliestEndTime_s(time(m, p.name(), p.value()));
        case "minimalDuration" -> b.withMinimalDuration_s(time(m, p.name(), p.value()));
        case "priority" -> b.withPriority(parse(m, p));
        case "scoringThisActivityAtAll" -> b.withScored(Boolean.parseBoolean(p.value()));
        case "typicalDurationScoreComputation" -> b.withTypicalDurationScoreComputation(
            p.value().equalsIgnoreCase("uniform") ? TypicalDurationScoreComputation.UNIFORM : TypicalDurationScoreComputation.RELATIVE);
        default -> unsupported.add(m + " activityParams[" + type + "]." + p.name() + " (line " + p.line() + ")");
      }
    }
    return b.build();
  }

  private ModeParams mode(String m, Group g) {
    String mode = g.param("mode").map(Param::value).orElseThrow(() -> new IllegalArgumentException("mode is missing"));
    ModeParams.Builder b = ModeParams.builder(mode);
    for (Param p : g.params().values()) {
      switch (p.name()) {
        case "mode" -> { }
        case "constant" -> b.withConstant(parse(m, p));
        case "marginalUtilityOfTraveling_util_hr" -> b.withMarginalUtilityOfTraveling_utilsPerHr(parse(m, p));
        case "marginalUtilityOfDistance_util_m" -> b.withMarginalUtilityOfDistance_utilsPerM(parse(m, p));
        case "monetaryDistanceRate" -> b.withMonetaryDistanceRate_perM(parse(m, p));
        case "dailyMonetaryConstant" -> b.withDailyMonetaryConstant(parse(m, p));
        case "dailyUtilityConstant" -> b.withDailyUtilityConstant(parse(m, p));
        default -> unsupported.add(m + " modeParams[" + mode + "]." + p.name() + " (line " + p.line() + ")");
      }
    }
    return b.build();
  }

  private ReplanningSettings replanning() {
    Group r = tree.module("replanning").or(() -> tree.module("strategy")).orElse(null);
    ReplanningSettings s = ReplanningSettings.defaults();
    String scoringModule = tree.module("scoring").isPresent() ? "scoring" : "planCalcScore";
    s = s.withBrainExpBeta(dbl(scoringModule, "brainExpBeta", 1.0)).withLearningRate(dbl(scoringModule, "learningRate", 1.0));
    s = s.withMutationRange_s((int) Math.round(dbl("timeAllocationMutator", "mutationRange", 1800)));
    String modes = str("subtourModeChoice", "modes", "car,pt");
    String chain = str("subtourModeChoice", "chainBasedModes", "car,bike");
    s = s.withSubtourModes(List.of(modes.split("\\s*,\\s*"))).withChainBasedModes(Set.of(chain.split("\\s*,\\s*")));
    if (r == null) {
      return s;
    }
    String m = r.name();
    s = s.withMaxAgentPlanMemorySize((int) lng(m, "maxAgentPlanMemorySize", 5));
    String frac = str(m, "fractionOfIterationsToDisableInnovation", null);
    if (frac != null) {
      s = s.withFractionOfIterationsToDisableInnovation(frac.equalsIgnoreCase("Infinity") ? Double.POSITIVE_INFINITY
          : parseDouble(m, "fractionOfIterationsToDisableInnovation", frac));
    }
    consume(m, "planSelectorForRemoval");
    List<StrategySettings> strategies = new ArrayList<>();
    for (Group set : r.parameterSets("strategysettings")) {
      consumed.add(m + "#strategysettings");
      String name = set.param("strategyName").map(Param::value).orElse(null);
      StrategySettings.Strategy st = name == null ? null : StrategySettings.Strategy.byName(name);
      if (st == null) {
        errors.add("replanning strategy '" + name + "' (line " + set.line() + ") is not supported; supported: "
            + Arrays.toString(StrategySettings.Strategy.values()));
        continue;
      }
      String sub = set.param("subpopulation").map(Param::value).orElse("");
      if (!sub.isEmpty() && !sub.equals("null")) {
        unsupported.add(m + " strategysettings subpopulation=" + sub + " (line " + set.line() + "): applied to all persons");
      }
      double w = set.param("weight").map(p -> parse(m, p)).orElse(0.0);
      int disable = set.param("disableAfterIteration").map(p -> (int) parse(m, p)).orElse(-1);
      strategies.add(new StrategySettings(st, w, disable));
    }
    if (!strategies.isEmpty()) {
      s = s.withStrategies(strategies);
    }
    return s;
  }

  // ---- typed access ---------------------------------------------------------------------------

  private void consume(String module, String param) {
    consumed.add(module + "." + param);
  }

  private String str(String module, String param, String dflt) {
    consume(module, param);
    return tree.module(module).flatMap(g -> g.param(param)).map(Param::value).orElse(dflt);
  }

  private double dbl(String module, String param, double dflt) {
    String v = str(module, param, null);
    if (v == null) {
      return dflt;
    }
    int before = errors.size();
    double d = parseDouble(module, param, v);
    return errors.size() > before ? dflt : d; // a value that does not parse is reported once, not again as out of range
  }

  private long lng(String module, String param, long dflt) {
    String v = str(module, param, null);
    if (v == null) {
      return dflt;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      errors.add(module + "." + param + " = '" + v + "' at line " + line(module, param) + " is not a whole number");
      return dflt;
    }
  }

  private boolean bool(String module, String param, boolean dflt) {
    String v = str(module, param, null);
    if (v == null) {
      return dflt;
    }
    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      errors.add(module + "." + param + " = '" + v + "' at line " + line(module, param) + " must be true or false");
      return dflt;
    }
    return Boolean.parseBoolean(v);
  }

  private double parse(String module, Param p) {
    return parseDouble(module, p.name(), p.value());
  }

  private double parseDouble(String module, String param, String v) {
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      errors.add(module + "." + param + " = '" + v + "' at line " + line(module, param) + " is not a number");
      return 0;
    }
  }

  private int time(String module, String param, String v) {
    try {
      return Time.parse(v);
    } catch (IllegalArgumentException e) {
      errors.add(module + "." + param + " at line " + line(module, param) + ": " + e.getMessage());
      return 0;
    }
  }

  private int line(String module, String param) {
    return tree.module(module).flatMap(g -> g.param(param)).map(Param::line).orElse(0);
  }
}
