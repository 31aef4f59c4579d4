import { readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

/**
 * Which process is responsible for stopping the embedded PostgreSQL: kept in `dataDir/postgres.owner.json`.
 * A process is named by its pid and its start time, so a pid the system has since given to another
 * process does not pass for the owner.
 */
export interface OwnerProcess {
  pid: number;
  /** Start time of the process (Linux: clock ticks since boot, from /proc/<pid>/stat); null where unknown. */
  started: string | null;
}

/** This process, as an owner. */
export function thisProcess(): OwnerProcess {
  return { pid: process.pid, started: startTime(process.pid) };
}

/** Whether `owner` is still running: the same pid, started at the same time, and not a zombie. */
export function isRunning(owner: OwnerProcess): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false; // EPERM: alive, another user's
  }
  const stat = procStat(owner.pid);
  if (stat === undefined) return owner.started === null; // no /proc (not Linux): the pid's existence must do
  return stat.state !== 'Z' && stat.state !== 'X' && (owner.started === null || stat.started === owner.started);
}

export function isThisProcess(owner: OwnerProcess | undefined): boolean {
  return owner !== undefined && owner.pid === process.pid && owner.started === startTime(process.pid);
}

export async function readOwner(file: string): Promise<OwnerProcess | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<OwnerProcess>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) return undefined;
    return { pid: parsed.pid, started: typeof parsed.started === 'string' ? parsed.started : null };
  } catch {
    return undefined;
  }
}

export async function writeOwner(file: string, owner: OwnerProcess): Promise<void> {
  await writeFile(file, JSON.stringify(owner) + '\n', { mode: 0o600 });
}

export async function removeOwner(file: string): Promise<void> {
  await rm(file, { force: true });
}

function startTime(pid: number): string | null {
  return procStat(pid)?.started ?? null;
}

/** State (field 3) and start time (field 22) from /proc/<pid>/stat; undefined without one. */
function procStat(pid: number): { state: string; started: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [state, started] = [fields[0], fields[19]];
    return state !== undefined && started !== undefined ? { state, started } : undefined;
  } catch {
    return undefined;
  }
}
