import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSessionSecret } from './session-secret';

const dirs: string[] = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-secret-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('loadSessionSecret', () => {
  it('uses SESSION_SECRET when it is set, writing nothing', () => {
    const dir = tmp();
    expect(loadSessionSecret(dir, 'x'.repeat(40))).toBe('x'.repeat(40));
    expect(fs.existsSync(path.join(dir, 'session-secret'))).toBe(false);
  });

  it('otherwise generates one, readable by the owner only, and keeps it across restarts', () => {
    const dir = path.join(tmp(), 'nested');
    const first = loadSessionSecret(dir, undefined);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(fs.statSync(path.join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(loadSessionSecret(dir, undefined)).toBe(first);
    expect(loadSessionSecret(tmp(), undefined)).not.toBe(first);
  });

  it('refuses a secret file too short to seal cookies', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'session-secret'), 'short');
    expect(() => loadSessionSecret(dir, undefined)).toThrow(/shorter than 32/);
  });
});
