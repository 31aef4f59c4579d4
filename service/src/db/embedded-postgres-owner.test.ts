import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunning, isThisProcess, readOwner, removeOwner, thisProcess, writeOwner } from './embedded-postgres-owner.ts';

describe('embedded PostgreSQL ownership', () => {
  it('knows this process as running and as itself', () => {
    const me = thisProcess();
    expect(me.pid).toBe(process.pid);
    expect(me.started).toMatch(/^\d+$/);
    expect(isRunning(me)).toBe(true);
    expect(isThisProcess(me)).toBe(true);
  });

  it('takes a process that exited for gone, and a reused pid (another start time) for another process', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    const owner = { pid: child.pid!, started: startTimeOf(child.pid!) };
    expect(isRunning(owner)).toBe(true);
    expect(isRunning({ ...owner, started: String(Number(owner.started) + 1) })).toBe(false);
    expect(isThisProcess(owner)).toBe(false);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(isRunning(owner)).toBe(false);
  });

  it('round-trips the ownership file and reads a missing or broken one as no owner', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'foyer-owner-'));
    try {
      const file = join(dir, 'postgres.owner.json');
      expect(await readOwner(file)).toBeUndefined();
      await writeOwner(file, thisProcess());
      expect(isThisProcess(await readOwner(file))).toBe(true);
      await removeOwner(file);
      expect(await readOwner(file)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Field 22 of /proc/<pid>/stat: the process' start time in clock ticks since boot. */
function startTimeOf(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}
