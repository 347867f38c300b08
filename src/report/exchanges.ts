/**
 * `--reporter exchanges`: every request of a run and how it was answered, one JSON line
 * each, in `exchanges.jsonl` (already redacted: exchanges leave the client that way). For
 * looking at what a target did beyond the judged steps, and for the benchmark's replay.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExchangeEvent } from '../engine/index.ts';
import type { Reporter } from './reporter.ts';

/** One line of exchanges.jsonl. */
export interface ExchangeLine {
  /** Who sent it: a case id, `preflight`, `teardown`, `explore/…`. */
  label: string;
  action: string;
  /** ms since the epoch (performance.timeOrigin based) when the last attempt started and ended. */
  start: number;
  end: number;
  attempts: number;
  answer: ExchangeEvent['answer']['kind'];
  status: number | undefined;
  request: { method: string; url: string; headers: Record<string, string>; body: string };
}

/** The exchanges reporter. */
export function exchangesReporter(): Reporter {
  const lines: string[] = [];
  return {
    name: 'exchanges',
    onExchange({ label, exchange: ex, answer }) {
      const end = performance.timeOrigin + performance.now();
      const line: ExchangeLine = {
        label,
        action: ex.action,
        start: end - ex.durationMs,
        end,
        attempts: ex.attempts,
        answer: answer.kind,
        status: ex.response?.status,
        request: ex.request,
      };
      lines.push(JSON.stringify(line));
    },
    onRunEnd(_report, dir) {
      writeFileSync(join(dir, 'exchanges.jsonl'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
    },
  };
}
