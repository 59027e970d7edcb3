import { headerTokenAuth } from "@callspec/core";
import { kazooLoginAuth, type KazooCredentials } from "./auth.js";
import { createWithAuth, type KazooClient, type KazooClientOptions } from "./base-client.js";

export { kazooRetryable, type KazooClient, type KazooClientOptions } from "./base-client.js";

/** How the client authenticates: an account API key or user credentials (it logs in itself), or a token. */
export type KazooAuth = KazooCredentials | { token: string };

/**
 * A typed client for Crossbar. With `{ apiKey }` or `{ username, password, accountName | accountRealm |
 * phoneNumber }` it logs in on first use (`PUT /api_auth` or `PUT /user_auth`), sends `X-Auth-Token`, and
 * after a 401 logs in again once and repeats the request. With `{ token }` it only sends that token.
 * Non-2xx answers throw `KazooError` (`KazooChargesError` for a 402 `accept charges`, `KazooPaymentError` for other 402s).
 */
export function createKazooClient(options: KazooClientOptions & { auth: KazooAuth }): KazooClient {
  const { auth, ...clientOptions } = options;
  const strategy =
    "token" in auth ? headerTokenAuth("X-Auth-Token", auth.token, "The Kazoo token") : kazooLoginAuth(clientOptions, auth).auth;
  return createWithAuth(clientOptions, strategy);
}
