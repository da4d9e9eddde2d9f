/**
 * An endpoint that is down, refuses the key or lacks the model fails every article the same
 * way. The gate closes on the first such error (`isEndpointWide`): calls not yet started are
 * refused with that error instead of being made, the batch prints it once, and every article
 * left is recorded as pending for the next run. Cached analyses are still served.
 */
import { VeilleError, toVeilleError, type Stage } from '../errors.js';
import type { Limiter } from '../fetch/limiter.js';
import { isEndpointWide } from '../llm/errors.js';
import type { Reporter } from '../report.js';

/** What a failure means for the batch's lines. */
export type GateVerdict = 'first' | 'again' | 'other';

export class EndpointGate {
  private closedBy: VeilleError | null = null;
  private reported = false;

  /**
   * @param classify maps what a call threw to a VeilleError (`mapLlmError`), so the gate closes
   * as soon as the call fails, before the next waiting call takes its slot.
   */
  constructor(private readonly classify: (err: unknown) => VeilleError) {}

  /** The error that closed the gate; null while it is open. */
  get error(): VeilleError | null {
    return this.closedBy;
  }

  /**
   * Sorts a failure: `first` is the first endpoint-wide one (print it, as the endpoint's error),
   * `again` the same endpoint problem met by another article (count it, print nothing),
   * `other` the article's own.
   */
  note(error: VeilleError): GateVerdict {
    if (!isEndpointWide(error)) return 'other';
    this.closedBy ??= error;
    if (this.reported) return 'again';
    this.reported = true;
    return 'first';
  }

  /** Throws the closing error once the gate is closed, so no new call is made. */
  check(): void {
    if (this.closedBy !== null) throw this.closedBy;
  }

  /** `slots` whose waiting calls give up, instead of starting, once the gate is closed. */
  guard(slots: Limiter): Limiter {
    return {
      run: (key, task) =>
        slots.run(key, async () => {
          this.check();
          try {
            return await task();
          } catch (err) {
            const error = this.classify(err);
            if (isEndpointWide(error)) this.closedBy ??= error;
            throw err;
          }
        }),
    };
  }

  /**
   * The one line of the first error: the endpoint's, not the article's, and what follows
   * from it.
   */
  static endpointError(error: VeilleError): VeilleError {
    return new VeilleError(
      error.code,
      `${error.message}; no more model calls this run, the articles left are kept to retry`,
      { stage: error.stage, cause: error.cause, details: error.details },
    );
  }
}

/**
 * A batch's failure reporter: an input's own error line, or the endpoint's once for all the
 * articles an endpoint-wide problem fails (the others are counted, not printed); `counted` is
 * told of every failure (the progress bar, the closing line's tally).
 */
export function failureReporter(
  reporter: Reporter,
  gate: EndpointGate,
  counted: (error: VeilleError) => void,
): (err: unknown, stage: Stage, input?: string) => void {
  return (err, stage, input) => {
    const error = toVeilleError(err, stage, input);
    const verdict = gate.note(error);
    if (verdict === 'again') reporter.failed += 1;
    else reporter.error(verdict === 'first' ? EndpointGate.endpointError(error) : error, stage);
    counted(error);
  };
}
