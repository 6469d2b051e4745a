package de.bochumtwin.core.util;

import java.util.Arrays;

/**
 * A calendar of integer ids due at integer times (seconds), each id scheduled at most once: asking
 * for an earlier time moves it, asking for a later one is ignored. Times within {@code window} seconds
 * of now sit in a ring of buckets (doubly linked lists on int arrays: O(1) schedule, move and poll);
 * later times wait in a heap until the ring reaches them. The mobsim keeps one entry per link here,
 * which replaced a heap that cost 40 % of the run time (docs/performance.md).
 */
public final class TimingWheel {
  private static final int NONE = -1;
  private static final int NOT_SCHEDULED = Integer.MAX_VALUE;

  private final int mask;
  private final int[] bucketHead;
  private final int[] next;
  private final int[] prev;
  private final int[] scheduledAt;
  private final boolean[] inWheel;
  private final LongMinHeap overflow;
  private int now;
  private int wheelCount;

  /**
   * @param ids number of ids (0 .. ids-1)
   * @param windowPow2 ring size, a power of two (e.g. 4096 s)
   */
  public TimingWheel(int ids, int windowPow2) {
    if (Integer.bitCount(windowPow2) != 1) {
      throw new IllegalArgumentException("window must be a power of two, got " + windowPow2);
    }
    this.mask = windowPow2 - 1;
    this.bucketHead = new int[windowPow2];
    this.next = new int[ids];
    this.prev = new int[ids];
    this.scheduledAt = new int[ids];
    this.inWheel = new boolean[ids];
    this.overflow = new LongMinHeap(64);
    reset(0);
  }

  /** Empties the calendar and sets the current time. */
  public void reset(int time) {
    Arrays.fill(bucketHead, NONE);
    Arrays.fill(scheduledAt, NOT_SCHEDULED);
    Arrays.fill(inWheel, false);
    overflow.clear();
    now = time;
    wheelCount = 0;
  }

  /** The time {@code id} is due, or {@link Integer#MAX_VALUE} if not scheduled. */
  public int scheduledAt(int id) {
    return scheduledAt[id];
  }

  /** Schedules {@code id} at {@code time} (not before the current time) unless it is already due earlier. */
  public void schedule(int id, int time) {
    if (scheduledAt[id] <= time) {
      return;
    }
    if (time < now) {
      throw new IllegalArgumentException("cannot schedule " + id + " at " + time + ", before now " + now);
    }
    if (inWheel[id]) {
      unlink(id);
    }
    scheduledAt[id] = time;
    if (time - now <= mask) {
      link(id, time);
    } else {
      overflow.add(((long) time << 32) | id);
    }
  }

  /** Earliest due time of any id, or {@link Long#MAX_VALUE} when nothing is scheduled. */
  public long nextTime() {
    if (wheelCount > 0) {
      for (int t = now; ; t++) {
        if (bucketHead[t & mask] != NONE) {
          return t;
        }
      }
    }
    while (!overflow.isEmpty()) {
      long k = overflow.peek();
      int id = (int) k;
      if (scheduledAt[id] == (int) (k >>> 32) && !inWheel[id]) {
        return k >>> 32;
      }
      overflow.poll();
    }
    return Long.MAX_VALUE;
  }

  /**
   * Advances to {@code time} (never backwards) and removes and returns one id due at that time, or -1
   * when none is left. Nothing may be scheduled before {@code time} (callers poll every due step).
   */
  public int poll(int time) {
    if (time != now) {
      if (time < now) {
        throw new IllegalArgumentException("time runs backwards: " + time + " < " + now);
      }
      now = time;
    }
    migrate();
    int b = time & mask;
    int id = bucketHead[b];
    if (id == NONE) {
      return NONE;
    }
    unlink(id);
    scheduledAt[id] = NOT_SCHEDULED;
    return id;
  }

  private void migrate() {
    while (!overflow.isEmpty() && (int) (overflow.peek() >>> 32) - now <= mask) {
      long k = overflow.poll();
      int id = (int) k;
      int t = (int) (k >>> 32);
      if (scheduledAt[id] == t && !inWheel[id]) {
        link(id, t);
      }
    }
  }

  private void link(int id, int time) {
    int b = time & mask;
    int h = bucketHead[b];
    next[id] = h;
    prev[id] = NONE;
    if (h != NONE) {
      prev[h] = id;
    }
    bucketHead[b] = id;
    inWheel[id] = true;
    wheelCount++;
  }

  private void unlink(int id) {
    int p = prev[id];
    int n = next[id];
    if (p != NONE) {
      next[p] = n;
    } else {
      bucketHead[scheduledAt[id] & mask] = n;
    }
    if (n != NONE) {
      prev[n] = p;
    }
    inWheel[id] = false;
    wheelCount--;
  }
}
