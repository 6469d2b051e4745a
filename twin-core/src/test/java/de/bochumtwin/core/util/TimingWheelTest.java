package de.bochumtwin.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Differential test: the wheel yields the same (time, id) sets as a slow reference map. */
class TimingWheelTest {
  @Test
  void matchesReferenceOnRandomSchedules() {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int ids = 50;
      TimingWheel wheel = new TimingWheel(ids, 16);
      int[] ref = new int[ids];
      Arrays.fill(ref, Integer.MAX_VALUE);
      int now = 0;
      for (int step = 0; step < 2000; step++) {
        for (int k = rnd.nextInt(4); k > 0; k--) {
          int id = rnd.nextInt(ids);
          int time = now + (rnd.nextInt(10) == 0 ? rnd.nextInt(200) : rnd.nextInt(20));
          wheel.schedule(id, time);
          ref[id] = Math.min(ref[id], time);
        }
        long expectedNext = Arrays.stream(ref).min().getAsInt();
        expectedNext = expectedNext == Integer.MAX_VALUE ? Long.MAX_VALUE : expectedNext;
        assertEquals(expectedNext, wheel.nextTime(), "seed " + seed + " step " + step);
        List<Integer> due = new ArrayList<>();
        int id;
        while ((id = wheel.poll(now)) >= 0) {
          due.add(id);
        }
        List<Integer> refDue = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
          if (ref[i] == now) {
            refDue.add(i);
            ref[i] = Integer.MAX_VALUE;
          }
        }
        due.sort(null);
        assertEquals(refDue, due, "seed " + seed + " at " + now);
        now++;
      }
    }
  }
}
