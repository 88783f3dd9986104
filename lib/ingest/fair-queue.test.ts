import { describe, expect, it } from 'vitest';
import { FairQueue } from './fair-queue';

describe('FairQueue', () => {
  it('takes from the client with the fewest files being read, then from the one served least recently', () => {
    const queue = new FairQueue<string>();
    for (const file of ['a1', 'a2', 'a3']) queue.push('a', file);
    queue.push('b', 'b1');
    queue.push('c', 'c1');
    const reading = (client: string) => (client === 'a' ? 2 : 0);
    // b and c first, though a's files came before theirs: a holds two readers.
    expect([queue.shift(reading)?.item, queue.shift(reading)?.item]).toEqual(['b1', 'c1']);
    queue.push('b', 'b2');
    // With readers free, a's file (waiting longest) goes first; then the clients take turns.
    const order = [1, 2, 3, 4].map(() => queue.shift(() => 0)?.item);
    expect(order).toEqual(['a1', 'b2', 'a2', 'a3']);
    expect(queue.size).toBe(0);
  });

  it("counts the files waiting besides a client's own, and drains in arrival order", () => {
    const queue = new FairQueue<string>();
    queue.push('a', 'a1');
    queue.push('b', 'b1');
    queue.push('a', 'a2');
    expect(queue.waitingBesides('a')).toBe(1);
    expect(queue.waitingBesides('c')).toBe(3);
    expect(queue.drain()).toEqual(['a1', 'b1', 'a2']);
    expect(queue.size).toBe(0);
  });
});
