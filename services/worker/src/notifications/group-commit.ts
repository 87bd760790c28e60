/**
 * Group commit by key, per process (as services/api/src/time-entries/batch.ts does for hours): while
 * `inFlight` writes of a key are running, newer items of that key wait and then go together, up to
 * `maxBatch`, in the next write. With nothing running an item is written at once, so an idle
 * worker adds no wait; under load the number of statements falls with the batch size.
 *
 * `write` answers every item of a batch (an outcome per item, in order) or throws. A batch that
 * fails as a whole is written again one item at a time, so one bad item never fails the others;
 * an item that fails on its own gets that error.
 */
export interface GroupCommit<I, O> {
  submit(key: string, item: I): Promise<O>;
  /** Statements run so far (batches, and single retries of refused batches): for tests. */
  readonly writes: number;
}

interface Pending<I, O> {
  item: I;
  resolve(out: O): void;
  reject(err: unknown): void;
}

export function createGroupCommit<I, O>(
  write: (key: string, items: I[]) => Promise<O[]>,
  options: { maxBatch?: number; inFlight?: number } = {},
): GroupCommit<I, O> {
  const maxBatch = options.maxBatch ?? 50;
  const inFlight = options.inFlight ?? 2;
  const queues = new Map<string, Pending<I, O>[]>();
  const running = new Map<string, number>();
  let writes = 0;

  function pump(key: string): void {
    for (;;) {
      const queue = queues.get(key);
      if (!queue?.length) {
        queues.delete(key);
        return;
      }
      const busy = running.get(key) ?? 0;
      if (busy >= inFlight) return;
      running.set(key, busy + 1);
      void settle(key, queue.splice(0, maxBatch)).finally(() => {
        const left = (running.get(key) ?? 1) - 1;
        if (left === 0) running.delete(key);
        else running.set(key, left);
        pump(key);
      });
    }
  }

  async function settle(key: string, batch: Pending<I, O>[]): Promise<void> {
    let outcomes: O[];
    try {
      writes++;
      outcomes = await write(
        key,
        batch.map((p) => p.item),
      );
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      // One at a time, each in its own statement: the others are written although one is refused.
      await Promise.all(batch.map((p) => settle(key, [p])));
      return;
    }
    batch.forEach((p, i) => p.resolve(outcomes[i]!));
  }

  return {
    submit: (key, item) =>
      new Promise<O>((resolve, reject) => {
        const queue = queues.get(key) ?? [];
        queue.push({ item, resolve, reject });
        queues.set(key, queue);
        pump(key);
      }),
    get writes() {
      return writes;
    },
  };
}
