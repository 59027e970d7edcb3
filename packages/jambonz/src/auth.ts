import { assertCredential, loginAuth } from "@callspec/core";
import type { components } from "./generated/schema.js";
import { createWithAuth, type JambonzClient, type JambonzClientOptions } from "./client.js";

export interface JambonzLoginOptions extends JambonzClientOptions {
  username: string;
  password: string;
}

export interface JambonzSession {
  client: JambonzClient;
  /** What the login answered, without the token. */
  user: Omit<components["schemas"]["SuccessfulLogin"], "token">;
}

/**
 * Logs in with a portal user's name and password (`POST /login`) and returns a client that sends the JWT.
 * When the server refuses the JWT later (it expires, by default after 60 minutes), the client logs in again
 * once and repeats the request. Note: the server delays every login answer by up to about a second.
 */
export async function loginJambonz(options: JambonzLoginOptions): Promise<JambonzSession> {
  const { username, password, ...clientOptions } = options;
  assertCredential(username, "The jambonz username");
  assertCredential(password, "The jambonz password");
  const anonymous = createWithAuth({ ...clientOptions, retry: false }, undefined);
  let user: JambonzSession["user"] | undefined;
  const auth = loginAuth({
    secrets: [password],
    login: async () => {
      const { data } = await anonymous.POST("/login", { body: { username, password } });
      if (!data) throw new Error("the login answered without a body");
      const { token, ...rest } = data;
      user = rest;
      return token;
    },
  });
  const client = createWithAuth(clientOptions, auth);
  await auth.ensureToken();
  return { client, user: user! };
}
