interface Waiting<T> {
  items: Array<{ item: T; arrival: number }>;
  /** When this client's last item was taken (while more of its items waited), in takes counted. */
  lastTaken: number;
}

/**
 * Items (files waiting for a reader) by client. The next item comes from the waiting client with the fewest items
 * being read; among equals, from the one served least recently, then the one waiting longest. So clients take turns,
 * and a client that sends many files, or slow ones, delays itself rather than everyone else.
 */
export class FairQueue<T> {
  private readonly byClient = new Map<string, Waiting<T>>();
  private arrivals = 0;
  private takes = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(client: string, item: T): void {
    const waiting = this.byClient.get(client) ?? { items: [], lastTaken: -1 };
    waiting.items.push({ item, arrival: this.arrivals++ });
    this.byClient.set(client, waiting);
    this.count++;
  }

  /** Takes the next item; `reading` says how many items of a client are being read. */
  shift(reading: (client: string) => number): { client: string; item: T } | undefined {
    let best: { client: string; waiting: Waiting<T>; key: [number, number, number] } | undefined;
    for (const [client, waiting] of this.byClient) {
      const key: [number, number, number] = [reading(client), waiting.lastTaken, waiting.items[0]!.arrival];
      if (!best || isBefore(key, best.key)) best = { client, waiting, key };
    }
    if (!best) return undefined;
    const { item } = best.waiting.items.shift()!;
    best.waiting.lastTaken = this.takes++;
    if (best.waiting.items.length === 0) this.byClient.delete(best.client);
    this.count--;
    return { client: best.client, item };
  }

  /** How many items wait that are not the client's own. */
  waitingBesides(client: string): number {
    return this.count - (this.byClient.get(client)?.items.length ?? 0);
  }

  /** Empties the queue, returning what waited in arrival order. */
  drain(): T[] {
    const all = [...this.byClient.values()].flatMap((waiting) => waiting.items);
    this.byClient.clear();
    this.count = 0;
    return all.sort((a, b) => a.arrival - b.arrival).map(({ item }) => item);
  }
}

function isBefore(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
}
