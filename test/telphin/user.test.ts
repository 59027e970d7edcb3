import { createTelphinClient } from "@callspec/telphin";
import { describe, expect, it } from "vitest";
import { mockOf } from "../support/mocks.js";
import { telphin } from "./client.js";

describe("getCurrentUser", () => {
  it("GET /user/ tells whose token it is", async () => {
    const { data, response } = await telphin().GET("/user/");
    expect(response.status).toBe(200);
    expect(data?.client_id).toBe(100);
    expect(data?.access).toBe("full");
    expect(data?.timezone).toBe("Europe/Moscow");
  });

  it("whoAmI() gets a token from the mock's token endpoint first (client credentials), then the user", async () => {
    const client = createTelphinClient({
      baseUrl: mockOf("telphin").url,
      clientId: "EXAMPLE-client-id",
      clientSecret: "EXAMPLE-client-secret",
      retry: false,
    });
    const user = await client.whoAmI();
    expect(user.login).toBe("client_login");
    expect(client.auth.token).toBe("EXAMPLE-access-token");
  });
});

describe("listUserOAuthSessions", () => {
  it("lists the sessions", async () => {
    const { data, response } = await telphin().GET("/user/oauth/session/");
    expect(response.status).toBe(200);
    expect(data).toEqual([]);
  });
});

describe("resetUserPassword", () => {
  it("answers the user's id", async () => {
    const { data, response } = await telphin().PUT("/user/reset_password", { body: { password: "EXAMPLE-new-password" } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(123);
  });
});
