import type { PathSerializer } from "openapi-fetch";
import { PathParameterError, RequestRefusedError } from "./errors.js";

const PARAM = /\{([^}]+)\}/g;

/** The parameter names of each path template seen, so that a call does not scan its template again. */
const templates = new Map<string, string[]>();

function parametersOf(schemaPath: string): string[] {
  let names = templates.get(schemaPath);
  if (!names) {
    names = Array.from(schemaPath.matchAll(PARAM), (m) => m[1]!);
    // A client knows a few hundred templates at most; a caller building paths at run time cannot grow this forever.
    if (templates.size >= 1000) templates.clear();
    templates.set(schemaPath, names);
  }
  return names;
}

/** Longest path parameter accepted; longer ones overflow servers' URL limits (GWS documents 2,000 characters). */
export const MAX_PATH_PARAMETER_LENGTH = 1024;

/**
 * Refuses path parameters that openapi-fetch would turn into a different URL: a missing value is sent
 * as a literal `%7Bname%7D`, and `.` or `..` are normalised away by the URL parser (`/calls/..` -> `/`).
 */
export function assertPathParameters(schemaPath: string, values: Record<string, unknown> | undefined): void {
  if (!schemaPath.includes("{")) return;
  for (const name of parametersOf(schemaPath)) {
    const value = values?.[name];
    if (value === undefined || value === null) throw new PathParameterError(name, schemaPath, "is missing");
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new PathParameterError(name, schemaPath, `is not a finite number (${value})`);
      continue;
    }
    if (typeof value !== "string") {
      throw new PathParameterError(name, schemaPath, `must be a string or a number, not ${typeof value}`);
    }
    if (value === "") throw new PathParameterError(name, schemaPath, "is empty");
    if (!value.isWellFormed()) throw new PathParameterError(name, schemaPath, "is not well-formed Unicode (a lone surrogate)");
    if (value.length > MAX_PATH_PARAMETER_LENGTH) {
      throw new PathParameterError(
        name,
        schemaPath,
        `is ${value.length} characters long, over the ${MAX_PATH_PARAMETER_LENGTH}-character limit`,
      );
    }
    if (value === "." || value === "..") {
      throw new PathParameterError(name, schemaPath, `is "${value}", which would change the path`);
    }
  }
}

/**
 * Percent-encodes each path parameter as one segment: `/`, `?`, `#` and `%` always, while the characters
 * in `keep` (legal in a segment by RFC 3986, e.g. `@:`) reach the server as written.
 */
export function createPathSerializer(keep = ""): PathSerializer {
  const restore = [...new Set(keep)].filter((c) => encodeURIComponent(c) !== c).map((c) => [encodeURIComponent(c), c] as const);
  const encode = (value: unknown) => {
    let encoded = encodeURIComponent(String(value));
    if (restore.length && encoded.includes("%")) for (const [escaped, c] of restore) encoded = encoded.replaceAll(escaped, c);
    return encoded;
  };
  return (pathname, values) => {
    if (!pathname.includes("{")) return pathname;
    // The URL is built before the client's middleware checks the values (assertPathParameters): a value that
    // cannot be encoded is left as its placeholder here, for the check to refuse with a PathParameterError.
    return pathname.replace(PARAM, (whole, name: string) => {
      const value = values?.[name];
      if (value === undefined || value === null || (typeof value === "string" && !value.isWellFormed())) return whole;
      return encode(value);
    });
  };
}

// Query parameter names are written into the URL as given (openapi-fetch encodes values, not names), so a name
// with `&`, `=` or `#` would add parameters of its own.
const QUERY_NAME = /^[A-Za-z0-9_.~\-[\]]+$/;

/** Refuses query parameter names (and the keys of exploded object parameters) that would change the query string. */
export function assertQueryNames(schemaPath: string, query: Record<string, unknown> | undefined): void {
  if (!query) return;
  for (const [name, value] of Object.entries(query)) {
    checkName(schemaPath, name);
    if (value && typeof value === "object" && !Array.isArray(value)) for (const key of Object.keys(value)) checkName(schemaPath, key);
  }
}

function checkName(schemaPath: string, name: string): void {
  if (!QUERY_NAME.test(name)) {
    throw new RequestRefusedError(
      `A query parameter name of ${schemaPath} has characters other than A-Z a-z 0-9 _ . ~ - [ ]; nothing was sent.`,
    );
  }
}
