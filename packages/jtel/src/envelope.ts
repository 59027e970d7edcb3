import { CallspecError, paginate, summarizeUrl } from "@callspec/core";
import { JtelEmptyResultError } from "./errors.js";

/** What every jtel answer with records carries. */
export interface JtelRecords<T> {
  records: T[];
  count: number;
}

/** The list envelope's paging fields (reserved by jtel: today 0 and -1, i.e. every record at once). */
export interface JtelPage<T> extends JtelRecords<T> {
  limitStart: number;
  limitPageSize: number;
}

/** An openapi-fetch result (`{ data, response }`), or the envelope itself. */
type Result<E> = { data?: E; response?: Response };

function envelopeOf<E extends JtelRecords<unknown>>(result: Result<E> | E): { envelope: E; url: string | undefined } {
  const withResponse = result as { data?: E; response?: Response };
  if (withResponse.response instanceof Response) {
    // A buffered copy of an answer (parseAs other than json) has no URL of its own.
    const url = withResponse.response.url ? summarizeUrl(withResponse.response.url) : undefined;
    if (!withResponse.data) throw new CallspecError(`${url ?? "The request"} answered without a body`);
    return { envelope: withResponse.data, url };
  }
  return { envelope: result as E, url: undefined };
}

/** The records of a list (or batch) answer: `records(await jtel.GET("/users"))`. */
export function records<T>(result: Result<JtelRecords<T>> | JtelRecords<T>): T[] {
  return envelopeOf(result).envelope.records;
}

/** The one object of a single-object answer; `JtelEmptyResultError` when it holds none (`count` 0). */
export function one<T>(result: Result<JtelRecords<T>> | JtelRecords<T>): T {
  const { envelope, url } = envelopeOf(result);
  const [first] = envelope.records;
  if (envelope.count === 0 || first === undefined) throw new JtelEmptyResultError(url);
  return first;
}

/**
 * Every record of a list, page by page over `limitStart`/`limitPageSize`. jtel v1.0 reserves these fields
 * and answers everything at once (`limitPageSize` -1), so this is one request today; should a server send a
 * full page, the next is asked for with the `limitStart` the callback is given.
 */
export function pageThrough<T>(
  fetchPage: (page: { limitStart: number }) => Promise<Result<JtelPage<T>>>,
): AsyncGenerator<T, void, undefined> {
  return paginate<T, number>(async (cursor) => {
    const { envelope } = envelopeOf(await fetchPage({ limitStart: cursor ?? 0 }));
    const size = envelope.limitPageSize;
    const full = size > 0 && envelope.records.length >= size;
    return { items: envelope.records, next: full ? envelope.limitStart + envelope.records.length : undefined };
  });
}
