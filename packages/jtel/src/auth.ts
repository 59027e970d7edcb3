import { assertCredential, ConfigurationError, type AuthStrategy } from "@callspec/core";

/** Which of the client account's two portal tokens a client sends: 1 or 2 ("Bearer Token 1/2"). */
export type JtelTokenSlot = 1 | 2;

export interface JtelTokenAuth extends AuthStrategy {
  readonly inUse: JtelTokenSlot;
}

/**
 * Bearer auth with one token or the portal's two. After a 401 the request is sent once more with the other
 * token, which then stays in use: a token can be renewed in the portal while the integration keeps working.
 * Requests refused with a token another request already gave up are simply repeated with the current one.
 */
export function jtelTokenAuth(token: string | readonly string[], onSwitch?: (slot: JtelTokenSlot) => void): JtelTokenAuth {
  const tokens = typeof token === "string" ? [token] : [...token];
  if (tokens.length < 1 || tokens.length > 2) {
    throw new ConfigurationError(`token must be one token or the portal's two, not ${tokens.length}.`);
  }
  for (const [i, t] of tokens.entries()) assertCredential(t, `The jtel token ${i + 1}`);
  let current = 0;
  return {
    get inUse() {
      return (current + 1) as JtelTokenSlot;
    },
    apply(request) {
      request.headers.set("Authorization", `Bearer ${tokens[current]}`);
      return current;
    },
    async refresh(used) {
      if (tokens.length === 1) return false;
      if (used === current) {
        current = 1 - current;
        onSwitch?.((current + 1) as JtelTokenSlot);
      }
      return true;
    },
    secrets: () => tokens,
  };
}
