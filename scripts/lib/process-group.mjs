// Long-running children for `npm start` and `npm run bench`: each in its own process group, so a terminal
// Ctrl-C reaches only the parent script, which then stops them in its own order.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './services.mjs';

/**
 * Spawns `cmd` detached (its own process group) with piped output; `onLine(line, isError)` gets each line.
 * Returns `{ proc, exited, done }`: `exited` resolves with `{ code, signal, error }`, `done` turns true then.
 */
export function spawnInGroup(cmd, args, env, onLine) {
  const proc = spawn(cmd, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const [stream, isError] of [
    [proc.stdout, false],
    [proc.stderr, true],
  ]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => onLine(line, isError));
  }
  const child = { proc, done: false };
  child.exited = new Promise((resolve) => {
    proc.once('error', (error) => resolve({ code: null, signal: null, error }));
    proc.once('exit', (code, signal) => resolve({ code, signal, error: null }));
  });
  child.exited.then(() => {
    child.done = true;
  });
  return child;
}

export function describeExit({ code, signal, error }) {
  if (error) return error.message;
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

export function signalGroup(proc, signal) {
  try {
    process.kill(-proc.pid, signal);
  } catch {
    // Already gone (ESRCH) — nothing left to stop.
  }
}

/** SIGTERM to the child's group, SIGKILL after `graceMs` (calling `onForce` first); resolves once it exited. */
export async function stopGroup(child, graceMs, onForce = () => {}) {
  if (!child || child.done || !child.proc.pid) return;
  signalGroup(child.proc, 'SIGTERM');
  const timer = setTimeout(() => {
    onForce();
    signalGroup(child.proc, 'SIGKILL');
  }, graceMs);
  await child.exited;
  clearTimeout(timer);
}
