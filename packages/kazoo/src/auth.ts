import { AuthError, assertCredential, ConfigurationError, loginAuth, type LoginAuth } from "@callspec/core";
import type { components } from "./generated/schema.js";
import { createWithAuth, type KazooClient, type KazooClientOptions } from "./base-client.js";
import { md5Hex, sha1Hex } from "./digest.js";

type AccountName = { accountName: string; accountRealm?: never; phoneNumber?: never };
type AccountRealm = { accountRealm: string; accountName?: never; phoneNumber?: never };
type PhoneNumber = { phoneNumber: string; accountName?: never; accountRealm?: never };

/** A user's name and password plus one way of naming the account. The password never leaves the process. */
export type KazooUserCredentials = { username: string; password: string; method?: "md5" | "sha" } & (
  | AccountName
  | AccountRealm
  | PhoneNumber
);

/** What a client can log in with. */
export type KazooCredentials = { apiKey: string } | KazooUserCredentials;

/** Who the token acts as (`data` of the login answer). */
export type KazooIdentity = components["schemas"]["AuthSession"];

/**
 * The `credentials` value of `PUT /user_auth`: the hex MD5 (or SHA-1) of `username:password`, with the user
 * name lower-cased first, as the server computes it (how_to_authenticate.md).
 */
export function kazooCredentialsHash(username: string, password: string, method: "md5" | "sha" = "md5"): string {
  const text = `${username.toLowerCase()}:${password}`;
  return method === "sha" ? sha1Hex(text) : md5Hex(text);
}

/** @internal The login strategy for credentials, and the identity of its last login. */
export function kazooLoginAuth(
  options: KazooClientOptions,
  credentials: KazooCredentials,
): { auth: LoginAuth; identity: () => KazooIdentity | undefined } {
  const anonymous = createWithAuth({ ...options, retry: false }, undefined);
  let identity: KazooIdentity | undefined;
  let login: () => Promise<string>;
  let secrets: string[];
  if ("apiKey" in credentials) {
    assertCredential(credentials.apiKey, "The Kazoo apiKey");
    const apiKey = credentials.apiKey;
    secrets = [apiKey];
    login = async () => {
      const { data } = await anonymous.PUT("/api_auth", { body: { data: { api_key: apiKey } } });
      return accept(data);
    };
  } else {
    const { username, password, method = "md5" } = credentials;
    // Both are hashed, as UTF-8, and never sent as they are.
    assertCredential(username, "The Kazoo username", false);
    assertCredential(password, "The Kazoo password", false);
    const account = accountOf(credentials);
    const hash = kazooCredentialsHash(username, password, method);
    secrets = [password, hash];
    login = async () => {
      const { data } = await anonymous.PUT("/user_auth", { body: { data: { credentials: hash, method, ...account } } });
      return accept(data);
    };
  }
  function accept(envelope: { auth_token?: string; data: KazooIdentity } | undefined): string {
    if (!envelope?.auth_token) throw new AuthError("The Kazoo login answered without an auth_token.");
    identity = envelope.data;
    return envelope.auth_token;
  }
  return { auth: loginAuth({ header: "X-Auth-Token", login, secrets }), identity: () => identity };
}

function accountOf(c: KazooUserCredentials): { account_name: string } | { account_realm: string } | { phone_number: string } {
  const given = [c.accountName, c.accountRealm, c.phoneNumber].filter((v) => v !== undefined);
  if (given.length !== 1) throw new ConfigurationError("Name the account with exactly one of accountName, accountRealm or phoneNumber.");
  if (c.accountName !== undefined) return { account_name: c.accountName };
  if (c.accountRealm !== undefined) return { account_realm: c.accountRealm };
  return { phone_number: c.phoneNumber! };
}

export interface KazooLogin {
  client: KazooClient;
  /** Who the token acts as: `account_id` is the account to put in paths. */
  identity: KazooIdentity;
}

/**
 * Logs in now (API key or user credentials) and returns the client with the identity, so that the caller
 * learns its `account_id`. The client renews the token by itself after a 401.
 */
export async function loginKazoo(options: KazooClientOptions & { auth: KazooCredentials }): Promise<KazooLogin> {
  const { auth: credentials, ...clientOptions } = options;
  const { auth, identity } = kazooLoginAuth(clientOptions, credentials);
  const client = createWithAuth(clientOptions, auth);
  await auth.ensureToken();
  return { client, identity: identity()! };
}
