const MASK = "[REDACTED]";

// Credentials recognised by their shape, for values the client never learned: a JWT, and the value after a
// key named like a credential (`"auth_token":"…"`, `password=…`, `Authorization: Bearer …`), even in broken JSON.
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
const NAMES = "token|secret|passw|credentials|api_?key|authorization|cookie|jwt|csrf";
const SECRET_NAME = new RegExp(NAMES, "i");
const SECRET_FIELD = new RegExp(
  `(["']?[\\w-]*(?:${NAMES})[\\w-]*["']?\\s*[:=]\\s*["']?(?:(?:Bearer|Basic)\\s+)?)([^"'\\s,;&}<>]{4,})`,
  "gi",
);

/** The forms a secret takes in a body: as written, JSON-escaped and percent-encoded. */
function formsOf(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  let uri = secret;
  try {
    uri = encodeURIComponent(secret);
  } catch {
    // A lone surrogate cannot be percent-encoded, nor sent that way.
  }
  return [...new Set([secret, json, uri])];
}

/**
 * Masks every known secret (in each form it takes in a body) and every value shaped like a credential.
 * Secrets shorter than 4 characters are left alone: masking them would mangle ordinary text.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  const known = [...secrets].filter((s) => typeof s === "string" && s.length >= 4).flatMap(formsOf);
  // Longest first, so that a secret containing another is masked whole.
  for (const secret of known.sort((a, b) => b.length - a.length)) out = out.split(secret).join(MASK);
  return out.replace(JWT, MASK).replace(SECRET_FIELD, (_, key: string) => `${key}${MASK}`);
}

/** `redact` applied to every string of a parsed JSON value (keys included); values of credential-named keys are masked whole. */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        redact(k, secrets),
        typeof v === "string" && SECRET_NAME.test(k) && v.length >= 4 ? MASK : redactDeep(v, secrets),
      ]),
    );
  }
  return value;
}

/**
 * Masks secrets in an error and in everything it carries: message, stack, string and object fields (a body, a
 * request summary) and the whole `cause` chain, so that printing it, logging it or serialising it shows none.
 * The error is changed in place and returned.
 */
export function scrubError<E>(error: E, secrets: readonly string[], seen = new Set<unknown>()): E {
  if (!(error instanceof Error) || seen.has(error)) return error;
  seen.add(error);
  const fields = error as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = fields[key];
    let clean: unknown = value;
    if (key === "cause" || value instanceof Error) clean = scrubError(value, secrets, seen);
    else if (typeof value === "string") clean = redact(value, secrets);
    else if (Array.isArray(value) && key === "errors") clean = value.map((e) => scrubError(e, secrets, seen));
    else if (value && typeof value === "object") clean = redactDeep(value, secrets);
    if (clean !== value) {
      try {
        Object.defineProperty(error, key, { value: clean });
      } catch {
        // A frozen field stays as it is; our own errors have none.
      }
    }
  }
  return error;
}
