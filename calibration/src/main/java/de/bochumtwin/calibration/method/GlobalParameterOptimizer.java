package de.bochumtwin.calibration.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Method 3: global parameters (demand scale, a constant, a marginal utility, a capacity factor) by a
 * derivative-free optimizer from commons-math3 over short simulation runs. Each evaluation of the
 * objective is one call of the {@link Evaluator}, which runs the loop with the parameters and
 * measures the objective (e.g. {@link CountShareObjective}); the optimizer never sees gradients.
 *
 * <p>The parameters are optimised in the unit box: {@code u = (x - lower) / (upper - lower)}, so one
 * trust radius (BOBYQA) or step size (CMA-ES) fits parameters of different units. BOBYQA (Powell's
 * bound-constrained quadratic model, 2n+1 interpolation points) needs at least two parameters and
 * suits smooth objectives; CMA-ES (seeded Mersenne Twister) also works with one parameter and copes
 * better with the noise of small samples. The best evaluation seen is returned even when the budget
 * ends the search, so the budget is a hard limit on the number of simulation runs. Note that BOBYQA
 * (commons-math) moves a start closer than the initial trust radius to a bound inward by that radius,
 * so its first evaluation may differ from {@link Parameter#initial()}.
 */
public final class GlobalParameterOptimizer {
  /** One parameter with its bounds and start value (in its own unit). */
  public record Parameter(String name, double lower, double upper, double initial) {
    public Parameter {
      if (!(upper > lower) || !(initial >= lower && initial <= upper)) {
        throw new IllegalArgumentException("parameter " + name + ": need lower < upper and initial within, got "
            + lower + ", " + upper + ", " + initial);
      }
    }
  }

  public enum Method { BOBYQA, CMAES }

  /**
   * @param maxEvaluations budget of simulation runs
   * @param seed seed of CMA-ES's sampling (BOBYQA is deterministic)
   * @param initialStep_unit initial trust radius (BOBYQA) or sigma (CMA-ES) in the unit box, e.g. 0.2
   * @param stopRadius_unit final trust radius of BOBYQA in the unit box (e.g. 0.01)
   */
  public record Settings(Method method, int maxEvaluations, long seed, double initialStep_unit, double stopRadius_unit) {
    public Settings {
      if (maxEvaluations < 3 || !(initialStep_unit > stopRadius_unit) || !(stopRadius_unit > 0)) {
        throw new IllegalArgumentException("need maxEvaluations >= 3 and initial step > stop radius > 0");
      }
    }
  }

  /** One short simulation run with parameter values {@code x} (own units) returning the objective. */
  @FunctionalInterface
  public interface Evaluator {
    double objective(double[] x);
  }

  /** An evaluation: parameter values in their own units and the objective. */
  public record Evaluation(int index, double[] x, double objective) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "#%d %s -> %.4f", index, Arrays.toString(x), objective);
    }
  }

  public record Result(List<Parameter> parameters, Evaluation best, List<Evaluation> history) {}

  private final Settings settings;

  public GlobalParameterOptimizer(Settings settings) {
    this.settings = settings;
  }

  public Result minimize(List<Parameter> params, Evaluator f) {
    int n = params.size();
    if (settings.method() == Method.BOBYQA && n < 2) {
      throw new IllegalArgumentException("BOBYQA needs at least two parameters; use CMAES for one");
    }
    List<Evaluation> history = new ArrayList<>();
    ObjectiveFunction obj = new ObjectiveFunction(u -> {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        Parameter p = params.get(i);
        x[i] = p.lower() + Math.min(1, Math.max(0, u[i])) * (p.upper() - p.lower());
      }
      double v = f.objective(x);
      history.add(new Evaluation(history.size(), x, v));
      return v;
    });
    double[] start = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      Parameter p = params.get(i);
      start[i] = (p.initial() - p.lower()) / (p.upper() - p.lower());
      hi[i] = 1;
    }
    try {
      if (settings.method() == Method.BOBYQA) {
        new BOBYQAOptimizer(2 * n + 1, settings.initialStep_unit(), settings.stopRadius_unit())
            .optimize(new MaxEval(settings.maxEvaluations()), obj, GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lo, hi));
      } else {
        double[] sigma = new double[n];
        Arrays.fill(sigma, settings.initialStep_unit());
        int lambda = 4 + (int) Math.floor(3 * Math.log(n));
        new CMAESOptimizer(settings.maxEvaluations(), 0, true, 0, 0, new MersenneTwister(settings.seed()), false, null)
            .optimize(new MaxEval(settings.maxEvaluations()), obj, GoalType.MINIMIZE, new InitialGuess(start),
                new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
      }
    } catch (TooManyEvaluationsException budgetUsed) {
      // the budget is the stopping rule: the best evaluation so far is the result
    }
    Evaluation best = history.get(0);
    for (Evaluation e : history) {
      if (e.objective() < best.objective()) {
        best = e;
      }
    }
    return new Result(List.copyOf(params), best, List.copyOf(history));
  }
}
