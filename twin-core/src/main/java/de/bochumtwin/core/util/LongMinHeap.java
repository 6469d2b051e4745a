package de.bochumtwin.core.util;

import java.util.Arrays;

/**
 * A binary min-heap of {@code long} keys on a primitive array: no boxing, no allocation except when it
 * grows. The mobsim packs {@code (time << 32) | agent} into one key, so equal times pop in agent order,
 * which keeps runs deterministic.
 */
public final class LongMinHeap {
  private long[] heap;
  private int size;

  public LongMinHeap(int initialCapacity) {
    heap = new long[Math.max(4, initialCapacity)];
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public void clear() {
    size = 0;
  }

  public void add(long key) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      long p = heap[parent];
      if (p <= key) {
        break;
      }
      heap[i] = p;
      i = parent;
    }
    heap[i] = key;
  }

  /** The smallest key; undefined when empty. */
  public long peek() {
    return heap[0];
  }

  public long poll() {
    long top = heap[0];
    long last = heap[--size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      long cv = heap[c];
      int r = c + 1;
      if (r < size && heap[r] < cv) {
        c = r;
        cv = heap[r];
      }
      if (last <= cv) {
        break;
      }
      heap[i] = cv;
      i = c;
    }
    heap[i] = last;
    return top;
  }
}
