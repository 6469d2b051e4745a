package de.bochumtwin.scenarios.whatif;

/**
 * {@code pt_change}: teleported public transport gets faster or slower ({@code speed_factor} multiplies
 * the teleported pt speed) and dearer or cheaper: {@code fare_delta_eur} is a fare change per pt trip,
 * entering every pt leg's score as money ({@code -marginalUtilityOfMoney x fare_delta_eur}, as a
 * PersonMoneyEvent per trip would), or {@code fare_factor} multiplies the pt fare the scoring already has
 * (its monetary distance rate and daily monetary constant). Mode choice reacts through the run's mode
 * choice strategy (SubtourModeChoice) and plan selection. Immutable.
 *
 * @param speedFactor factor on the teleported pt speed (1 = unchanged)
 * @param fareDelta_EUR added fare per pt trip (0 = unchanged)
 * @param fareFactor factor on the scoring's pt fare (1 = unchanged)
 */
public record PtChangeMeasure(Where where, double speedFactor, double fareDelta_EUR, double fareFactor)
    implements Measure.DemandSide {
  @Override
  public String type() {
    return "pt_change";
  }

  @Override
  public String describe() {
    StringBuilder b = new StringBuilder("pt_change");
    if (speedFactor != 1) {
      b.append(" speed x").append(speedFactor);
    }
    if (fareDelta_EUR != 0) {
      b.append(" fare ").append(fareDelta_EUR > 0 ? "+" : "").append(fareDelta_EUR).append(" EUR/trip");
    }
    if (fareFactor != 1) {
      b.append(" fare x").append(fareFactor);
    }
    return b.toString();
  }
}
