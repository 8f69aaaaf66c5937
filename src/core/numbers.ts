/**
 * Numbers as users write them in inputs and on a command line, read one strict way: decimal digits
 * only. `Number()` reads '' and '  ' as 0 (`--retention-days ''` from an unset variable deleted every
 * checkpoint), '0x10' as 16 and '1e308' as a number so large it meant no limit: each of those is a
 * mistake, which the callers report naming the input or option and what is allowed (wholeRange).
 */

export interface NumberRange {
  min: number;
  max: number;
}

const WHOLE = /^[0-9]+$/;
const DECIMAL = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;

/** `text` as a whole number in `range`; undefined when it is not one (empty, blank, '0x10', '1e3', '-1'). */
export function wholeNumber(text: string, range: NumberRange): number | undefined {
  const n = WHOLE.test(text) ? Number(text) : NaN;
  return n >= range.min && n <= range.max ? n : undefined;
}

/** `text` as a positive decimal number up to `max` (fractions allowed: '0.5'); undefined when not one. */
export function positiveDecimal(text: string, max: number): number | undefined {
  const n = DECIMAL.test(text) ? Number(text) : NaN;
  return n > 0 && n <= max ? n : undefined;
}

/** 'from 1 to 90', or 'from 1' when there is no real upper bound. */
export function wholeRange({ min, max }: NumberRange): string {
  return max >= Number.MAX_SAFE_INTEGER ? `from ${min}` : `from ${min} to ${max}`;
}
