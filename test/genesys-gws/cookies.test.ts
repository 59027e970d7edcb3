import { GenesysSession, createGenesysClient, createGenesysNotifications } from "@callspec/genesys-gws";
import { describe, expect, it } from "vitest";

const answer = (...cookies: string[]) => {
  const headers = new Headers({ "content-type": "application/json" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response("{}", { headers });
};
const cookieSent = (session: GenesysSession) => {
  const request = new Request("http://gws.example.test/api/v2/me");
  session.apply(request);
  return request.headers.get("Cookie");
};

describe("one cookie jar for the REST session and CometD", () => {
  it("keeps cookies, and forgets one on an empty value, Max-Age=0 or an Expires in the past", () => {
    const session = new GenesysSession();
    session.capture(answer("JSESSIONID=ABC; Path=/api; HttpOnly", "BAYEUX_BROWSER=b1; Path=/", "route=r1"));
    expect(cookieSent(session)).toBe("JSESSIONID=ABC; BAYEUX_BROWSER=b1; route=r1");
    session.capture(answer("BAYEUX_BROWSER=b1; Max-Age=0", "route=r1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
    expect(cookieSent(session)).toBe("JSESSIONID=ABC");
    session.capture(answer("JSESSIONID=; Path=/api"));
    expect(cookieSent(session)).toBeNull();
  });

  it("a Max-Age in the future keeps the cookie", () => {
    const session = new GenesysSession();
    session.capture(answer("JSESSIONID=ABC; Max-Age=3600"));
    expect(cookieSent(session)).toBe("JSESSIONID=ABC");
  });

  it("in browser mode the session leaves cookies to the browser", () => {
    const session = new GenesysSession({ cookies: false });
    session.capture(answer("JSESSIONID=ABC"));
    expect(cookieSent(session)).toBeNull();
  });

  it("CometD drops a cookie the server expires (Max-Age=0), and in browser mode sends credentials and no Cookie", async () => {
    for (const credentials of [undefined, "include"] as const) {
      const sent: { channel: string; subscription?: string; cookie: string | null; credentials: RequestCredentials }[] = [];
      let n = 0;
      const notifications = createGenesysNotifications({
        baseUrl: "http://gws.example.test:8080/api/v2",
        username: "ksippo",
        password: "EXAMPLE-cookie-password",
        credentials,
        fetch: async (request) => {
          const [message] = (await request.json()) as { channel: string; id: string; subscription?: string }[];
          sent.push({
            channel: message!.channel,
            subscription: message!.subscription,
            cookie: request.headers.get("Cookie"),
            credentials: request.credentials,
          });
          n += 1;
          const headers = new Headers({ "content-type": "application/json" });
          headers.append("Set-Cookie", n === 1 ? "BAYEUX_BROWSER=b1; Path=/" : "BAYEUX_BROWSER=b1; Max-Age=0");
          const reply =
            message!.channel === "/meta/handshake"
              ? { channel: message!.channel, id: message!.id, successful: true, clientId: "c1" }
              : message!.channel === "/meta/connect"
                ? { channel: message!.channel, id: message!.id, successful: true, advice: { reconnect: "retry", interval: 50 } }
                : { channel: message!.channel, id: message!.id, successful: true, subscription: message!.subscription };
          return new Response(JSON.stringify([reply]), { headers });
        },
      });
      await notifications.subscribe("/v2/me/calls", () => undefined);
      await notifications.subscribe("/v2/me/devices", () => undefined);
      await notifications.disconnect();
      if (credentials) {
        expect(sent.every((s) => s.cookie === null && s.credentials === "include")).toBe(true);
      } else {
        // The handshake's answer sets it and the next request carries it; the answers after it expire it, so
        // the second subscribe and the disconnect, sent once those came back, carry none.
        expect(sent[0]).toMatchObject({ channel: "/meta/handshake", cookie: null });
        expect(sent[1]?.cookie).toBe("BAYEUX_BROWSER=b1");
        expect(sent.find((s) => s.subscription === "/v2/me/devices")?.cookie).toBeNull();
        expect(sent.find((s) => s.channel === "/meta/disconnect")?.cookie).toBeNull();
      }
    }
  });

  it("the client refuses a credentials mode fetch does not know", () => {
    expect(() =>
      // @ts-expect-error not a RequestCredentials value
      createGenesysClient({ baseUrl: "http://gws.example.test:8080/api/v2", username: "ksippo", password: "x", credentials: "always" }),
    ).toThrow(/credentials must be "include", "same-origin" or "omit"/);
  });
});
