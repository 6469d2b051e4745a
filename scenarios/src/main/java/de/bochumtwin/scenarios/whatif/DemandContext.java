package de.bochumtwin.scenarios.whatif;

import de.bochumtwin.core.ev.Chargers;
import de.bochumtwin.core.scoring.ScoringParameters;
import java.util.List;

/**
 * What the demand-side measures are checked against besides the network: known only to the run that
 * loads the base. A null component means "not known here": the check that needs it is skipped.
 *
 * @param zoneIds zone ids that {@code growth} may name (the Bochum zones), empty for a plans base, null = unchecked
 * @param evEnabled whether the run has EVs without the file's help ({@code --ev-share}); an {@code ev_share}
 *     measure in the file enables them too
 * @param chargers the base chargers that {@code chargers: remove: {ids}} may name, null = unchecked
 * @param scoring the run's scoring (for {@code fare_factor}: the pt fare it multiplies), null = unchecked
 */
public record DemandContext(List<String> zoneIds, boolean evEnabled, Chargers chargers, ScoringParameters scoring) {
  /** No context: only the checks that need none. */
  public static final DemandContext UNCHECKED = new DemandContext(null, true, null, null);

  public DemandContext {
    zoneIds = zoneIds == null ? null : List.copyOf(zoneIds);
  }

  /** True when the base is the bundled Bochum scenario (zones known and non-empty). */
  boolean bochum() {
    return zoneIds != null && !zoneIds.isEmpty();
  }
}
