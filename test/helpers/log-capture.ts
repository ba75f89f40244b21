import pino, { type Logger } from 'pino';

export interface CapturedLog {
  logger: Logger;
  /** Every line written so far, raw (JSON text). */
  lines: string[];
  /** The lines parsed as objects. */
  entries(): Record<string, unknown>[];
}

/** A real pino logger that writes into memory instead of stdout. */
export function captureLogs(level: pino.LevelWithSilent = 'trace'): CapturedLog {
  const lines: string[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(line) });
  return {
    logger,
    lines,
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
