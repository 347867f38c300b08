/**
 * `--reporter exchanges`: every request of a run and how it was answered, one JSON line
 * each, in `exchanges.jsonl` (already redacted: exchanges leave the client that way). For
 * looking at what a target did beyond the judged steps, and for the benchmark's replay.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
/** The exchanges reporter. */
export function exchangesReporter() {
    const lines = [];
    return {
        name: 'exchanges',
        onExchange({ label, exchange: ex, answer }) {
            const end = performance.timeOrigin + performance.now();
            const line = {
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
