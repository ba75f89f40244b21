import type { Logger } from 'pino';

/**
 * Work that must not hold up a reply (sending mail), tracked so shutdown and tests can wait
 * for it. Failures are logged, never thrown at the caller.
 */
export class Background {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  run(label: string, work: () => Promise<void>): void {
    const task = work()
      .catch((error: unknown) => {
        this.log.error({ err: error, task: label }, 'background task failed');
      })
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Resolves when every task started so far has settled. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
