import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { SERVICE_ROOT } from '../../lib/paths.ts';
import type { PreviewFailure } from './table.ts';
import type { RenderRequest, RenderResult } from './renderer/protocol.ts';

export interface RendererLimits {
  timeoutMs: number;
  /** Resident memory of the renderer process; V8's heap gets half of it. */
  memoryMb: number;
}

// From the bundle `npm start` runs, the renderer is the build's second entry point (scripts/build.mjs), beside
// the server. From the TypeScript sources (tests, the CLI), esbuild bundles its few files once per process:
// running it through tsx instead would have tsx's loader read pdf.js' 3 MB (seconds, and 200 MB, per start).
const FROM_SOURCE = import.meta.url.endsWith('.ts');
let script: Promise<string> | undefined;

function rendererScript(): Promise<string> {
  if (!FROM_SOURCE) return Promise.resolve(join(SERVICE_ROOT, 'dist/preview-renderer.js'));
  script ??= buildFromSource();
  return script;
}

async function buildFromSource(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(SERVICE_ROOT, 'src/modules/previews/renderer/main.ts')],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  // Inside the service's package, so the renderer finds its packages; named by content, written atomically,
  // so test processes building it at once agree.
  const dir = join(SERVICE_ROOT, 'node_modules/.cache/foyer');
  const file = join(dir, `preview-renderer-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  await mkdir(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, code);
  await rename(temp, file);
  return file;
}

const RSS_POLL_MS = 100;
/**
 * A slightly lower CPU priority than the service's. Mild on purpose: the renderer being another process is what
 * keeps the service answering (the scheduler favours a process that mostly sleeps, as a web server does), and a
 * stronger nice starves previews on a busy machine (at 10, a 20-page render took a minute beside a test run).
 */
const NICENESS = 2;
const MAX_OUTPUT = 64 * 1024;
/** A spare renderer nobody asked for in this long is stopped (and started again with the next render). */
const SPARE_IDLE_MS = 10 * 60_000;

/**
 * Renderer processes, one per file: a hostile file can take down nothing but its own process. Starting one
 * (Node, sharp, pdf.js, the canvas) takes a second or more, so one is kept started ahead — idle, waiting for
 * its request — and each render starts the next one when it ends.
 */
export class Renderers {
  #spare: Promise<ChildProcessWithoutNullStreams> | undefined;
  #idle: NodeJS.Timeout | undefined;

  constructor(private readonly memoryMb: number) {}

  /** Starts the spare renderer now, unless there is one. */
  warm(): void {
    if (!this.#spare) {
      const spare = startRenderer(this.memoryMb);
      // A spare that fails to start is replaced by the next render.
      spare.catch(() => {
        if (this.#spare === spare) this.#spare = undefined;
      });
      this.#spare = spare;
    }
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => this.close(), SPARE_IDLE_MS).unref();
  }

  /** Renders in the spare renderer (or a new one), with these limits; then starts the next spare. */
  async run(request: RenderRequest, limits: RendererLimits): Promise<RenderResult> {
    const spare = await this.#spare?.catch(() => undefined);
    this.#spare = undefined;
    const child = spare && alive(spare) ? spare : await startRenderer(this.memoryMb);
    try {
      return await drive(child, request, limits);
    } finally {
      this.warm();
    }
  }

  /** Stops the spare renderer. */
  close(): void {
    clearTimeout(this.#idle);
    void this.#spare?.then(
      (child) => child.kill('SIGKILL'),
      () => {},
    );
    this.#spare = undefined;
  }
}

function alive(child: ChildProcessWithoutNullStreams): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function startRenderer(memoryMb: number): Promise<ChildProcessWithoutNullStreams> {
  const env: NodeJS.ProcessEnv = { ...process.env, VIPS_CONCURRENCY: '1', UV_THREADPOOL_SIZE: '2' };
  // Whatever the parent was started with (a test runner's loaders, a profiler) is not for the renderer.
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [`--max-old-space-size=${Math.floor(memoryMb / 2)}`, await rendererScript()], {
    cwd: SERVICE_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) {
    try {
      setPriority(child.pid, NICENESS);
    } catch {
      // not allowed here: it runs at the service's priority
    }
  }
  child.on('error', () => {});
  child.stdin.on('error', () => {});
  // Idle, it keeps nothing running: the service may exit (its end closes the renderer's stdin, which ends it).
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
  return child;
}

/**
 * Sends the request and waits for the answer of a renderer that may hold nothing but its own memory: killed
 * (SIGKILL) past `timeoutMs`, or as soon as its resident memory passes `memoryMb` (read from /proc every
 * 100 ms, since pixels and inflated streams live outside V8's heap, which `--max-old-space-size` bounds).
 * Whatever way it ends, the answer is a {@link RenderResult}: what the renderer said, or why it said nothing.
 */
function drive(child: ChildProcessWithoutNullStreams, request: RenderRequest, limits: RendererLimits): Promise<RenderResult> {
  child.ref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { ref?: () => void }).ref?.();
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let killedFor: PreviewFailure | undefined;
    const kill = (reason: PreviewFailure) => {
      killedFor ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill('timed_out'), limits.timeoutMs);
    const limitKb = limits.memoryMb * 1024;
    const watchdog = setInterval(() => {
      if (child.pid === undefined) return;
      residentKb(child.pid).then(
        (kb) => {
          if (kb !== undefined && kb > limitKb) kill('out_of_memory');
        },
        () => {},
      );
    }, RSS_POLL_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk;
    });
    const done = () => {
      clearTimeout(timer);
      clearInterval(watchdog);
      if (killedFor) return resolve({ ok: false, reason: killedFor, detail: `killed: ${killedFor}` });
      const answer = parseResult(stdout);
      if (answer) return resolve(answer);
      const outOfMemory = /heap out of memory|Reached heap limit|Allocation failed/.test(stderr);
      resolve({ ok: false, reason: outOfMemory ? 'out_of_memory' : 'crashed', detail: stderr.slice(-500) });
    };
    if (!alive(child)) done();
    else child.once('close', done);
    child.stdin.end(JSON.stringify(request));
  });
}

function parseResult(stdout: string): RenderResult | undefined {
  const line = stdout.trim().split('\n').pop();
  if (!line) return undefined;
  try {
    const parsed = JSON.parse(line) as RenderResult;
    return typeof parsed === 'object' && parsed !== null && typeof parsed.ok === 'boolean' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A process' resident memory in KiB (Linux); undefined elsewhere or once it is gone. */
async function residentKb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const match = status?.match(/^VmRSS:\s+(\d+) kB$/m);
  return match ? Number(match[1]) : undefined;
}
