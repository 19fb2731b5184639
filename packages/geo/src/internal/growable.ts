type TypedArray = Int32Array | Uint16Array;

/** An append-only typed array that doubles as it fills, so building the index never holds JS numbers. */
export class Growable<T extends TypedArray> {
  #data: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.#data = make(1 << 16);
  }

  push(value: number): void {
    if (this.length === this.#data.length) {
      const next = this.make(this.#data.length * 2);
      next.set(this.#data);
      this.#data = next;
    }
    this.#data[this.length++] = value;
  }

  at(i: number): number {
    return this.#data[i] ?? 0;
  }
}
