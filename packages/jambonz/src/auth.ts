import { assertCredential, AuthError, loginAuth } from "@callspec/core";
import { createWithAuth, type JambonzClient, type JambonzClientOptions } from "./base-client.js";
import type { components } from "./generated/schema.js";

export interface JambonzLoginOptions extends JambonzClientOptions {
  username: string;
  password: string;
}

/** Who the JWT acts as: what `POST /login` answered, without the token. */
export type JambonzIdentity = Omit<components["schemas"]["SuccessfulLogin"], "token">;

export interface JambonzLogin {
  client: JambonzClient;
  identity: JambonzIdentity;
}

/**
 * Logs in with a portal user's name and password (`POST /login`) and returns a client that sends the JWT.
 * When the server refuses the JWT later (it expires, by default after 60 minutes), the client logs in again
 * once and repeats the request. Note: the server delays every login answer by up to about a second.
 */
export async function loginJambonz(options: JambonzLoginOptions): Promise<JambonzLogin> {
  const { username, password, ...clientOptions } = options;
  // Sent in the JSON body of POST /login, not in a header.
  assertCredential(username, "The jambonz username", false);
  assertCredential(password, "The jambonz password", false);
  const anonymous = createWithAuth({ ...clientOptions, retry: false }, undefined);
  let identity: JambonzIdentity | undefined;
  const auth = loginAuth({
    secrets: [password],
    login: async () => {
      const { data } = await anonymous.POST("/login", { body: { username, password } });
      if (!data?.token) throw new AuthError("the jambonz login answered without a token");
      const { token, ...rest } = data;
      identity = rest;
      return token;
    },
  });
  const client = createWithAuth(clientOptions, auth);
  await auth.ensureToken();
  if (!identity) throw new AuthError("the jambonz login answered without a user");
  return { client, identity };
}
