import { afterEach, describe, expect, it } from 'vitest';
import { processGlobal } from './process-global';

describe('processGlobal', () => {
  afterEach(() => processGlobal('bulkLock').clear());

  it('gives every copy that asks for one name the same value, kept on globalThis', () => {
    const first = processGlobal<{ n: number }>('bulkLock');
    const second = processGlobal<{ n: number }>('bulkLock');
    expect(first.get()).toBeUndefined();
    const value = first.getOrCreate(() => ({ n: 1 }));
    expect(second.get()).toBe(value);
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('rolefit.bulk-lock')]).toBe(value);
  });

  it('makes the value once, and again only after clear', () => {
    const slot = processGlobal<number>('bulkLock');
    let made = 0;
    const create = () => ++made;
    expect(slot.getOrCreate(create)).toBe(1);
    expect(slot.getOrCreate(create)).toBe(1);
    slot.clear();
    expect(slot.get()).toBeUndefined();
    expect(slot.getOrCreate(create)).toBe(2);
    expect(slot.set(7)).toBe(7);
    expect(slot.get()).toBe(7);
  });

  it('keeps names apart', () => {
    processGlobal<string>('bulkLock').set('bulk');
    expect(processGlobal<string>('demoRecruiter').get()).toBeUndefined();
  });
});
