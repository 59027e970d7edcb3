import { TelphinRequestError } from "./errors.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?$/;

/** A `Date` as Telphin's UTC date-time, `YYYY-MM-DD HH:MM:SS` (what `*_gmt` fields hold). */
export function formatTelphinDate(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new TelphinRequestError("formatTelphinDate needs a valid Date.");
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** A Telphin date-time read as UTC (fractions such as `16:29:38.76` kept); undefined when it is not one. */
export function parseTelphinDate(value: string): Date | undefined {
  const m = PATTERN.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac] = m;
  const ms = frac ? Math.round(Number(frac) * 1000) : 0;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms));
  // Date.UTC rolls 2021-02-30 over into March: refuse what does not round-trip.
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(mo) - 1 ? date : undefined;
}

/**
 * Refuses a records range the server would refuse: both ends well-formed, the end not before the start, and
 * no later than the last day of the month after the start's month (2021-01-15 allows up to 2021-02-28 23:59:59).
 */
export function assertRecordRange(start: string, end: string): void {
  const from = parseTelphinDate(start);
  const to = parseTelphinDate(end);
  if (!from) throw new TelphinRequestError(`start_datetime ${JSON.stringify(start)} is not YYYY-MM-DD HH:MM:SS; nothing was sent.`);
  if (!to) throw new TelphinRequestError(`end_datetime ${JSON.stringify(end)} is not YYYY-MM-DD HH:MM:SS; nothing was sent.`);
  if (to < from) throw new TelphinRequestError(`end_datetime ${end} is before start_datetime ${start}; nothing was sent.`);
  // Day 0 of the month two after the start's is the last day of the following month.
  const last = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 2, 0, 23, 59, 59, 999));
  if (to > last) {
    throw new TelphinRequestError(
      `end_datetime ${end} is past ${formatTelphinDate(last).slice(0, 10)}, the last day of the month after start_datetime's month; ` +
        "the server refuses such a range, so nothing was sent.",
    );
  }
}
