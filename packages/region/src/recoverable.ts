/**
 * The first hidden entry of a table that the rows and columns still pin down, and how the table's lines fall
 * either side of it. Internal to `suppressTable`.
 *
 * The table (totals included) is read as a bipartite graph: each row and each column is a node and each
 * hidden entry an edge between its row and its column. Every line sums to its total, so (after flipping the
 * sign of totals) the hidden entries can change together only around a cycle of this graph: an entry on no
 * cycle (a bridge) is worked out exactly from what is shown. Hiding one more entry between the two sides
 * of the bridge puts it on a cycle.
 *
 * @example
 * findRecoverable([[true, true], [true, true]]); // undefined: four hidden in a cycle, none pinned down
 * findRecoverable([[true, false], [false, false]])?.row; // 0: one hidden entry is its row's total less the rest
 */
export function findRecoverable(
  hidden: readonly (readonly boolean[])[],
):
  | { row: number; column: number; sideOfRow: (0 | 1 | undefined)[]; sideOfColumn: (0 | 1 | undefined)[] }
  | undefined {
  const rows = hidden.length;
  const cols = rows === 0 ? 0 : (hidden[0] as readonly boolean[]).length;
  // Nodes 0..rows-1 are rows, rows..rows+cols-1 columns; edges are hidden entries.
  const adjacent: [number, number][][] = Array.from({ length: rows + cols }, () => []);
  const edges: [number, number][] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      if ((hidden[r] as readonly boolean[])[c]) {
        const e = edges.length;
        edges.push([r, c]);
        adjacent[r]?.push([rows + c, e]);
        adjacent[rows + c]?.push([r, e]);
      }
  const bridge = findBridge(adjacent);
  if (bridge === undefined) return undefined;
  const [row, column] = edges[bridge] as [number, number];
  // The side of each node once the bridge is cut: 0 with its row, 1 with its column; none if apart from both.
  const side: (0 | 1 | undefined)[] = new Array(rows + cols).fill(undefined);
  const flood = (start: number, mark: 0 | 1) => {
    const stack = [start];
    side[start] = mark;
    while (stack.length > 0) {
      const node = stack.pop() as number;
      for (const [next, e] of adjacent[node] ?? [])
        if (e !== bridge && side[next] === undefined) {
          side[next] = mark;
          stack.push(next);
        }
    }
  };
  flood(row, 0);
  flood(rows + column, 1);
  return { row, column, sideOfRow: side.slice(0, rows), sideOfColumn: side.slice(rows) };
}

/** The first bridge of an undirected graph (an edge on no cycle), by depth-first search; iterative. */
function findBridge(adjacent: readonly [number, number][][]): number | undefined {
  const n = adjacent.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    // Stack frames: node, the edge it was reached by, the next neighbour to look at.
    const stack: [number, number, number][] = [[root, -1, 0]];
    order[root] = low[root] = time++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as [number, number, number];
      const [node, via, next] = frame;
      const neighbours = adjacent[node] as [number, number][];
      if (next < neighbours.length) {
        frame[2] = next + 1;
        const [to, e] = neighbours[next] as [number, number];
        if (e === via) continue;
        if (order[to] === -1) {
          order[to] = low[to] = time++;
          stack.push([to, e, 0]);
        } else low[node] = Math.min(low[node] as number, order[to] as number);
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
        if ((low[node] as number) > (order[parent[0]] as number)) return via;
      }
    }
  }
  return undefined;
}
