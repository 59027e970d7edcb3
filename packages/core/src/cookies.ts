// A jar for clients that keep a server-side session by cookie (GWS), where the runtime lets them see Set-Cookie.

/**
 * Keeps the cookies a server sets, as a jar of name to value. A `Set-Cookie` with an empty value, `Max-Age=0`
 * (or below) or an `Expires` in the past removes the cookie, as a browser would. Runtimes without
 * `Headers.getSetCookie` (and browsers, which never show `Set-Cookie` to scripts) leave the jar as it is.
 */
export function keepCookies(jar: Map<string, string>, headers: Headers, now = Date.now()): void {
  const lines = typeof headers.getSetCookie === "function" ? headers.getSetCookie() : [];
  for (const line of lines) {
    const [pair, ...attributes] = line.split(";");
    const eq = pair?.indexOf("=") ?? -1;
    if (!pair || eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (value === "" || attributes.some((attribute) => expired(attribute, now))) jar.delete(name);
    else jar.set(name, value);
  }
}

function expired(attribute: string, now: number): boolean {
  const eq = attribute.indexOf("=");
  if (eq < 0) return false;
  const key = attribute.slice(0, eq).trim().toLowerCase();
  const value = attribute.slice(eq + 1).trim();
  if (key === "max-age") return /^-?\d+$/.test(value) && Number(value) <= 0;
  if (key === "expires") {
    const when = Date.parse(value);
    return !Number.isNaN(when) && when <= now;
  }
  return false;
}

/** The `Cookie` header for the jar, or undefined when it is empty. */
export function cookieHeader(jar: ReadonlyMap<string, string>): string | undefined {
  return jar.size > 0 ? [...jar].map(([name, value]) => `${name}=${value}`).join("; ") : undefined;
}
