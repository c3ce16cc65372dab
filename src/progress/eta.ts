/** A point of a phase's progress: the clock (ms) and the share done. */
export interface EtaSample {
  at: number;
  fraction: number;
}

/** The rate is read over at least this much of the phase's work… */
export const MIN_SPAN_FRACTION = 0.1;
/** …and this many milliseconds (evaluation's progress comes in bursts, as workers reply)… */
export const MIN_SPAN_MS = 5_000;
/** …or, for a long phase, over this many milliseconds alone. */
export const LONG_SPAN_MS = 60_000;

/**
 * Seconds left in a phase, from its first progress point to its latest
 * (`samples`, in order), or undefined while no honest estimate exists:
 * before two points span `MIN_SPAN_FRACTION` of the work and `MIN_SPAN_MS`
 * of time, or `LONG_SPAN_MS` of time. On the digits example the work
 * comes back in bursts: 50% in the 3 s after the first unit, then nothing
 * for 5 s while the main thread scores; a shorter sample promised 2 s for
 * what took 13. The rate is measured from the first point, not from the
 * phase's start: what comes before the first unit is done (starting
 * threads, compiling kernels) is paid once and says nothing of the rest,
 * and counting it (or the loading before the phase) made early estimates
 * hours too long.
 */
export function etaSeconds(samples: readonly EtaSample[], phaseStart: number): number | undefined {
  const first = samples[0];
  const last = samples.at(-1);
  if (first === undefined || last === undefined) return undefined;
  if (last.fraction >= 1) return 0;
  const work = last.fraction - first.fraction;
  const time = last.at - first.at;
  if (work <= 0 || time <= 0) {
    // One point only: the whole phase so far is the sample, when it spans enough.
    if (last.fraction <= 0 || last.at - phaseStart < LONG_SPAN_MS) return undefined;
    return ((last.at - phaseStart) * (1 - last.fraction)) / last.fraction / 1000;
  }
  if ((work < MIN_SPAN_FRACTION || time < MIN_SPAN_MS) && time < LONG_SPAN_MS) return undefined;
  return ((1 - last.fraction) * time) / work / 1000;
}
