/** Test support: an Io that captures what a command writes. */
import type { Io } from './command.ts';

/** A captured Io and what was written to it. */
export function captureIo(
  env: NodeJS.ProcessEnv = {},
  signal?: AbortSignal,
): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    env,
    interactive: false,
    ...(signal ? { signal } : {}),
  };
  return { io, out: () => out, err: () => err };
}
