import { ConfigurationError, loginJambonz } from "@callspec/jambonz";
import { describe, expect, it } from "vitest";
import { json, localServer } from "../support/local-server.js";
import { caught } from "../support/mocks.js";
import { ACCOUNT_SID } from "./fixtures.js";

// POST /login carries the user name and password in its JSON body: any character travels there but a control one.
describe("loginJambonz credentials", () => {
  it("sends a password beyond Latin-1 as it is, in the JSON body", async () => {
    const s = await localServer((req, res) =>
      req.url === "/v1/login"
        ? json(res, 200, { token: "EXAMPLE.jwt.token", user_sid: ACCOUNT_SID, scope: "admin", force_change: false })
        : json(res, 200, []),
    );
    try {
      const password = "пароль-密码";
      await loginJambonz({ baseUrl: `${s.url}/v1`, username: "Анна", password });
      expect(JSON.parse(s.requests[0]!.body)).toEqual({ username: "Анна", password });
    } finally {
      await s.close();
    }
  });

  it("refuses a password with a control character at once, without echoing it", async () => {
    const error = await caught(() => loginJambonz({ baseUrl: "http://127.0.0.1:1/v1", username: "admin", password: "a\r\nSecret-tail" }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error) + (error as Error).stack).not.toContain("Secret-tail");
  });
});
