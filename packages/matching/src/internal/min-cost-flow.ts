/**
 * Min-cost flow by successive shortest paths with node potentials (Dijkstra on reduced costs, stopping
 * at the sink; only settled nodes' potentials move, which keeps reduced costs non-negative). Costs must
 * start non-negative; they are integers held in doubles, so sums are exact below 2^53.
 */
export class MinCostFlow {
  private head: Int32Array;
  private next: Int32Array;
  private to: Int32Array;
  private cap: Int32Array;
  private cost: Float64Array;
  private edges = 0;
  private pot: Float64Array;
  private dist: Float64Array;
  private seen: Int32Array;
  private done: Int32Array;
  private prev: Int32Array;
  private settled: Int32Array;
  private heapKey = new Float64Array(0);
  private heapNode = new Int32Array(0);
  private rounds = { n: 0 };
  /** Σ flow × cost over all edges. */
  totalCost = 0;

  constructor(
    readonly nodes: number,
    edgeHint: number,
  ) {
    this.head = new Int32Array(nodes).fill(-1);
    const m = Math.max(2, edgeHint * 2);
    this.next = new Int32Array(m);
    this.to = new Int32Array(m);
    this.cap = new Int32Array(m);
    this.cost = new Float64Array(m);
    this.pot = new Float64Array(nodes);
    this.dist = new Float64Array(nodes);
    this.seen = new Int32Array(nodes);
    this.done = new Int32Array(nodes);
    this.prev = new Int32Array(nodes);
    this.settled = new Int32Array(nodes);
  }

  /**
   * A copy whose flow and potentials change independently; the edge structure and the search scratch
   * space are shared, so copies must be used one at a time (as a depth-first search does).
   */
  clone(): MinCostFlow {
    const copy: MinCostFlow = Object.create(MinCostFlow.prototype);
    Object.assign(copy, this);
    copy.cap = this.cap.slice();
    copy.pot = this.pot.slice();
    return copy;
  }

  /**
   * Deletes edge `e` (from `from` to `to`) and re-routes the flow it carried along shortest paths,
   * keeping the flow optimal for the graph without it. Returns false if the flow cannot be re-routed.
   */
  removeEdge(e: number, from: number, to: number): boolean {
    let f = this.cap[e ^ 1] as number;
    this.totalCost -= f * (this.cost[e] as number);
    this.cap[e] = 0;
    this.cap[e ^ 1] = 0;
    while (f > 0) {
      const sent = this.augment(from, to, f);
      if (sent === 0) return false;
      f -= sent;
    }
    return true;
  }

  /** Adds an edge and its residual twin; returns the edge's index (the twin is index ^ 1). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (this.edges + 2 > this.to.length) this.grow();
    const e = this.edges;
    this.link(e, from, to, capacity, cost);
    this.link(e + 1, to, from, 0, -cost);
    this.edges += 2;
    return e;
  }

  /** Reduced cost of edge `e` from `from` to `to` under the current potentials (≥ 0 while it has room). */
  reducedCost(e: number, from: number, to: number): number {
    return (this.cost[e] as number) + (this.pot[from] as number) - (this.pot[to] as number);
  }

  /** Flow on edge `e` (as returned by {@link addEdge}). */
  flowOn(e: number): number {
    return this.cap[e ^ 1] as number;
  }

  /** Sends up to `amount` units from `source` to `sink` along one shortest path; returns units sent. */
  augment(source: number, sink: number, amount: number): number {
    if (!this.shortestPath(source, sink)) return 0;
    let f = amount;
    for (let v = sink; v !== source; ) {
      const e = this.prev[v] as number;
      f = Math.min(f, this.cap[e] as number);
      v = this.to[e ^ 1] as number;
    }
    for (let v = sink; v !== source; ) {
      const e = this.prev[v] as number;
      this.totalCost += f * (this.cost[e] as number);
      this.cap[e] = (this.cap[e] as number) - f;
      this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + f;
      v = this.to[e ^ 1] as number;
    }
    return f;
  }

  private link(e: number, from: number, to: number, capacity: number, cost: number): void {
    this.to[e] = to;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[from] as number;
    this.head[from] = e;
  }

  private grow(): void {
    const m = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.next = copy(this.next, new Int32Array(m));
    this.to = copy(this.to, new Int32Array(m));
    this.cap = copy(this.cap, new Int32Array(m));
    this.cost = copy(this.cost, new Float64Array(m));
  }

  private shortestPath(source: number, sink: number): boolean {
    const r = ++this.rounds.n;
    const { dist, seen, done, prev, pot, head, next, to, cap, cost, settled } = this;
    if (this.heapKey.length < this.edges + 1) {
      this.heapKey = new Float64Array(this.edges + 1);
      this.heapNode = new Int32Array(this.edges + 1);
    }
    let size = 0;
    let count = 0;
    dist[source] = 0;
    seen[source] = r;
    size = this.push(size, 0, source);
    while (size > 0) {
      const d = this.heapKey[0] as number;
      const u = this.heapNode[0] as number;
      size = this.pop(size);
      if (done[u] === r) continue;
      done[u] = r;
      settled[count++] = u;
      if (u === sink) break;
      const pu = (pot[u] as number) + d;
      for (let e = head[u] as number; e !== -1; e = next[e] as number) {
        if ((cap[e] as number) <= 0) continue;
        const v = to[e] as number;
        if (done[v] === r) continue;
        const nd = pu + (cost[e] as number) - (pot[v] as number);
        if (seen[v] !== r || nd < (dist[v] as number)) {
          seen[v] = r;
          dist[v] = nd;
          prev[v] = e;
          size = this.push(size, nd, v);
        }
      }
    }
    if (done[sink] !== r) return false;
    const dt = dist[sink] as number;
    for (let k = 0; k < count; k++) {
      const u = settled[k] as number;
      pot[u] = (pot[u] as number) + (dist[u] as number) - dt;
    }
    return true;
  }

  private push(size: number, key: number, node: number): number {
    const keys = this.heapKey;
    const nodes = this.heapNode;
    let i = size;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((keys[p] as number) <= key) break;
      keys[i] = keys[p] as number;
      nodes[i] = nodes[p] as number;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
    return size + 1;
  }

  private pop(size: number): number {
    const keys = this.heapKey;
    const nodes = this.heapNode;
    const n = size - 1;
    const key = keys[n] as number;
    const node = nodes[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (keys[c + 1] as number) < (keys[c] as number)) c++;
      if ((keys[c] as number) >= key) break;
      keys[i] = keys[c] as number;
      nodes[i] = nodes[c] as number;
      i = c;
    }
    keys[i] = key;
    nodes[i] = node;
    return n;
  }
}
