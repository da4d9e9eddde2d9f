/**
 * Results of a batch in the order their inputs entered it (input order, since the loader
 * yields in that order), however the model's latency varies. Each input takes a ticket on
 * entering; its result waits for its turn, i.e. until every earlier ticket is done. The wait is
 * bounded by the batch's pool: a result waiting for its turn holds its pool slot, so at most the
 * pool's size of results is ever held (`ORDER_WINDOW`).
 */

/** Extra articles in the pool in input order, so one slow article does not stall the rest. */
export const ORDER_WINDOW = 16;

export class InOrder {
  private entered = 0;
  private next = 0;
  private readonly finished = new Set<number>();
  private readonly waiting = new Map<number, () => void>();

  /** @param ordered false: every turn comes at once (completion order). */
  constructor(private readonly ordered: boolean) {}

  /** A ticket for the next input entering the batch. */
  enter(): number {
    return this.entered++;
  }

  /** Resolves when every earlier ticket is done. */
  turn(ticket: number): Promise<void> {
    if (!this.ordered || ticket === this.next) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(ticket, resolve));
  }

  /** The ticket's result is out (or it failed, or was abandoned): the next may go. */
  done(ticket: number): void {
    this.finished.add(ticket);
    while (this.finished.delete(this.next)) this.next += 1;
    const resolve = this.waiting.get(this.next);
    if (resolve) {
      this.waiting.delete(this.next);
      resolve();
    }
  }
}
