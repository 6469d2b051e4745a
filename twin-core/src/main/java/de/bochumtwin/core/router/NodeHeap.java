package de.bochumtwin.core.router;

/**
 * Binary min-heap of node indices keyed by a double, on primitive arrays, with decrease-key.
 *
 * <p>{@code pos[node]} is only meaningful while the node is in the heap; the caller tracks that (the
 * search knows which nodes are open via its visit stamps), so clearing is O(1). Ties are broken by
 * the order of operations only, which makes searches deterministic. Not thread-safe: one per query object.
 */
final class NodeHeap {
  private final int[] heap;
  private final double[] keys;
  private final int[] pos;
  private int size;

  NodeHeap(int nodeCount) {
    heap = new int[Math.max(1, nodeCount)];
    keys = new double[Math.max(1, nodeCount)];
    pos = new int[Math.max(1, nodeCount)];
  }

  void clear() {
    size = 0;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  void insert(int node, double key) {
    int i = size++;
    heap[i] = node;
    keys[i] = key;
    pos[node] = i;
    siftUp(i);
  }

  /** Lowers the key of a node that is in the heap; {@code key} must not exceed its current key. */
  void decreaseKey(int node, double key) {
    int i = pos[node];
    keys[i] = key;
    siftUp(i);
  }

  double minKey() {
    return keys[0];
  }

  int pollMin() {
    int top = heap[0];
    size--;
    if (size > 0) {
      heap[0] = heap[size];
      keys[0] = keys[size];
      pos[heap[0]] = 0;
      siftDown(0);
    }
    return top;
  }

  private void siftUp(int i) {
    int node = heap[i];
    double key = keys[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (keys[parent] <= key) {
        break;
      }
      heap[i] = heap[parent];
      keys[i] = keys[parent];
      pos[heap[i]] = i;
      i = parent;
    }
    heap[i] = node;
    keys[i] = key;
    pos[node] = i;
  }

  private void siftDown(int i) {
    int node = heap[i];
    double key = keys[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && keys[right] < keys[child]) {
        child = right;
      }
      if (key <= keys[child]) {
        break;
      }
      heap[i] = heap[child];
      keys[i] = keys[child];
      pos[heap[i]] = i;
      i = child;
    }
    heap[i] = node;
    keys[i] = key;
    pos[node] = i;
  }
}
