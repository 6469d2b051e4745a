package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.controller.ControllerSettings;
import de.bochumtwin.core.mobsim.MobsimSettings;
import de.bochumtwin.core.mobsim.TeleportedModeParams;
import de.bochumtwin.core.scoring.ModeParams;
import de.bochumtwin.core.scoring.ScoringParameters;
import java.util.List;

/**
 * Applies {@link PtChangeMeasure}s to a run's settings (a new {@link ControllerSettings}; the given one
 * is not changed). Several measures compound: speed and fare factors multiply, fare deltas add.
 *
 * <ul>
 *   <li>speed: the teleported pt speed x {@code speedFactor} (beeline factor unchanged), so pt travel
 *       times are divided by it;
 *   <li>{@code fare_delta_eur}: the pt mode constant changes by {@code -marginalUtilityOfMoney x delta}
 *       utils per leg, i.e. the score changes exactly as if every pt trip paid {@code delta} more;
 *   <li>{@code fare_factor}: pt's monetary distance rate and daily monetary constant x the factor.
 * </ul>
 */
public final class PtChangeApplier {
  private PtChangeApplier() {}

  /** The pt_change measures of {@code file}, in file order. */
  public static List<PtChangeMeasure> measures(ScenarioFile file) {
    return file.measures().stream().filter(m -> m instanceof PtChangeMeasure).map(m -> (PtChangeMeasure) m).toList();
  }

  /**
   * @throws IllegalArgumentException when pt is not a teleported mode of the run (a speed factor then has nothing to change)
   */
  public static ControllerSettings apply(ControllerSettings cs, List<PtChangeMeasure> measures) {
    if (measures.isEmpty()) {
      return cs;
    }
    double speed = 1;
    double delta = 0;
    double factor = 1;
    for (PtChangeMeasure m : measures) {
      speed *= m.speedFactor();
      delta += m.fareDelta_EUR();
      factor *= m.fareFactor();
    }
    MobsimSettings mobsim = cs.mobsim();
    if (speed != 1) {
      TeleportedModeParams pt = mobsim.teleported().get("pt");
      if (pt == null) {
        throw new IllegalArgumentException("pt_change speed_factor: pt is not a teleported mode of this run (teleported: "
            + String.join(", ", mobsim.teleported().keySet()) + ")");
      }
      mobsim = mobsim.toBuilder().withTeleportedMode("pt", new TeleportedModeParams(pt.speed_mps() * speed,
          pt.beelineDistanceFactor())).build();
    }
    ScoringParameters scoring = cs.scoring();
    if (delta != 0 || factor != 1) {
      ModeParams pt = scoring.modeParams().getOrDefault("pt", ModeParams.defaults("pt"));
      ModeParams changed = pt.toBuilder()
          .withConstant(pt.constant() - scoring.marginalUtilityOfMoney() * delta)
          .withMonetaryDistanceRate_perM(pt.monetaryDistanceRate_perM() * factor)
          .withDailyMonetaryConstant(pt.dailyMonetaryConstant() * factor).build();
      scoring = scoring.toBuilder().withModeParams(changed).build();
    }
    return new ControllerSettings(cs.firstIteration(), cs.lastIteration(), cs.seed(), cs.threads(), mobsim, scoring,
        cs.replanning(), cs.travelTimeBin_s());
  }
}
