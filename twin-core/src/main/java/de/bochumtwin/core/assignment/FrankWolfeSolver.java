package de.bochumtwin.core.assignment;

import de.bochumtwin.core.assignment.AssignmentSettings.Algorithm;

/**
 * Link-based methods: Frank-Wolfe, conjugate Frank-Wolfe (CFW) and bi-conjugate Frank-Wolfe (BFW)
 * after Mitradjieva and Lindberg (2013), "The stiff is moving", Transportation Science 47(2).
 *
 * <p>Each iteration computes the all-or-nothing flows {@code y} at the current costs (which also
 * gives the gap of the current flows {@code x}), picks a target {@code s}, and moves to the point of
 * minimum Beckmann objective on the segment {@code x -> s}:
 * <ul>
 *   <li>FW: {@code s = y}.</li>
 *   <li>CFW: {@code s = a s' + (1-a) y} with {@code a} chosen so that {@code s - x} is conjugate to
 *       the previous direction with respect to the diagonal Hessian {@code H = diag(c'_a(x_a))}:
 *       {@code a = N / D}, {@code N = (s'-x)^T H (y-x)}, {@code D = (s'-x)^T H (y-s')}, clipped to
 *       {@code [0, 1 - 1e-5]} (0 when {@code D = 0}).</li>
 *   <li>BFW: {@code s = b0 y + b1 s' + b2 s''}, conjugate to the two previous directions. With
 *       {@code u = s' - x}, {@code w = t s' - x + (1-t) s''} ({@code t} the previous step):
 *       {@code mu = -w^T H (y-x) / w^T H (s''-s')}, {@code nu = -u^T H (y-x) / u^T H u + mu t/(1-t)},
 *       each clipped at 0, {@code b0 = 1/(1+mu+nu)}, {@code b1 = nu b0}, {@code b2 = mu b0}.</li>
 * </ul>
 * After a full step ({@code t = 1}) the memory is useless and the method restarts with a FW step.
 */
final class FrankWolfeSolver {
  private static final double MAX_CONJUGATE_WEIGHT = 1 - 1e-5;

  private final AssignmentNetwork net;
  private final AssignmentSettings settings;
  private final AssignmentListener listener;

  FrankWolfeSolver(AssignmentNetwork net, AssignmentSettings settings, AssignmentListener listener) {
    this.net = net;
    this.settings = settings;
    this.listener = listener;
  }

  AssignmentResult solve(OdMatrix od) {
    long t0 = System.nanoTime();
    int l = net.linkCount();
    double[] x = new double[l];
    double[] y = new double[l];
    double[] s = new double[l];
    double[] s1 = new double[l];
    double[] s2 = new double[l];
    double[] cost = new double[l];
    double[] h = new double[l];
    ConvergenceHistory history = new ConvergenceHistory();
    Algorithm alg = settings.algorithm();
    boolean converged = false;
    try (OriginWorkers workers = new OriginWorkers(net, od, settings.threads())) {
      net.costs(x, cost);
      StaticAssignment.requireNonNegative(net, cost);
      workers.allOrNothing(cost, x);
      // memory: 0 = none, 1 = s' valid, 2 = s' and s'' valid
      int memory = 0;
      double lastStep = 1;
      for (int k = 0; ; k++) {
        net.costs(x, cost);
        double sptt = workers.allOrNothing(cost, y);
        double tstt = dot(x, cost);
        double gap = StaticAssignment.relativeGap(tstt, sptt);
        double obj = net.objective(x);
        history.add(gap, obj, (System.nanoTime() - t0) * 1e-9);
        listener.iterationDone(k, gap, obj);
        if (gap <= settings.targetGap()) {
          converged = true;
          break;
        }
        if (k == settings.maxIterations()) {
          break;
        }
        if (lastStep >= 1 - 1e-12 || alg == Algorithm.FRANK_WOLFE) {
          memory = 0;
        }
        if (memory == 0) {
          System.arraycopy(y, 0, s, 0, l);
        } else {
          for (int a = 0; a < l; a++) {
            h[a] = net.costDerivative(a, x[a]);
          }
          if (memory == 2 && alg == Algorithm.BICONJUGATE_FRANK_WOLFE) {
            biconjugateTarget(x, y, s1, s2, h, lastStep, s);
          } else {
            conjugateTarget(x, y, s1, h, s);
          }
        }
        double step = lineSearch(x, s);
        for (int a = 0; a < l; a++) {
          x[a] += step * (s[a] - x[a]);
        }
        double[] tmp = s2;
        s2 = s1;
        s1 = s;
        s = tmp;
        memory = Math.min(memory + 1, 2);
        lastStep = step;
      }
    }
    return new AssignmentResult(net, settings, x, history, converged, null);
  }

  private static void conjugateTarget(double[] x, double[] y, double[] s1, double[] h, double[] s) {
    double n = 0;
    double d = 0;
    for (int a = 0; a < x.length; a++) {
      double u = (s1[a] - x[a]) * h[a];
      n += u * (y[a] - x[a]);
      d += u * (y[a] - s1[a]);
    }
    double w = 0;
    if (d != 0) {
      w = n / d;
      if (w > MAX_CONJUGATE_WEIGHT) {
        w = MAX_CONJUGATE_WEIGHT;
      } else if (!(w >= 0)) {
        w = 0;
      }
    }
    for (int a = 0; a < x.length; a++) {
      s[a] = w * s1[a] + (1 - w) * y[a];
    }
  }

  private static void biconjugateTarget(double[] x, double[] y, double[] s1, double[] s2, double[] h,
      double t, double[] s) {
    double wHyx = 0;
    double wHs21 = 0;
    double uHyx = 0;
    double uHu = 0;
    for (int a = 0; a < x.length; a++) {
      double u = s1[a] - x[a];
      double w = t * s1[a] - x[a] + (1 - t) * s2[a];
      double yx = y[a] - x[a];
      wHyx += w * h[a] * yx;
      wHs21 += w * h[a] * (s2[a] - s1[a]);
      uHyx += u * h[a] * yx;
      uHu += u * h[a] * u;
    }
    double mu = wHs21 != 0 ? -wHyx / wHs21 : 0;
    if (!(mu >= 0) || Double.isInfinite(mu)) {
      mu = 0;
    }
    double nu = (uHu != 0 ? -uHyx / uHu : 0) + mu * t / (1 - t);
    if (!(nu >= 0) || Double.isInfinite(nu)) {
      nu = 0;
    }
    double b0 = 1 / (1 + mu + nu);
    double b1 = nu * b0;
    double b2 = mu * b0;
    for (int a = 0; a < x.length; a++) {
      s[a] = b0 * y[a] + b1 * s1[a] + b2 * s2[a];
    }
  }

  /**
   * Step {@code t in [0,1]} minimising the Beckmann objective on {@code x + t (s - x)}: the root of
   * the increasing derivative {@code g(t) = sum_a (s_a - x_a) c_a(x_a + t (s_a - x_a))}, found by
   * Newton steps kept inside a shrinking bracket (bisection when Newton leaves it).
   */
  double lineSearch(double[] x, double[] s) {
    if (derivative(x, s, 1) <= 0) {
      return 1;
    }
    if (derivative(x, s, 0) >= 0) {
      return 0;
    }
    double lo = 0;
    double hi = 1;
    double t = 0.5;
    for (int it = 0; it < 200 && hi - lo > 1e-16; it++) {
      double g = 0;
      double g2 = 0;
      for (int a = 0; a < x.length; a++) {
        double d = s[a] - x[a];
        if (d != 0) {
          double v = x[a] + t * d;
          g += d * net.cost(a, v);
          g2 += d * d * net.costDerivative(a, v);
        }
      }
      if (g == 0) {
        return t;
      }
      if (g > 0) {
        hi = t;
      } else {
        lo = t;
      }
      double next = g2 > 0 ? t - g / g2 : Double.NaN;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (next == t) {
        break;
      }
      t = next;
    }
    return t;
  }

  private double derivative(double[] x, double[] s, double t) {
    double g = 0;
    for (int a = 0; a < x.length; a++) {
      double d = s[a] - x[a];
      if (d != 0) {
        g += d * net.cost(a, x[a] + t * d);
      }
    }
    return g;
  }

  private static double dot(double[] p, double[] q) {
    double r = 0;
    for (int i = 0; i < p.length; i++) {
      r += p[i] * q[i];
    }
    return r;
  }
}
