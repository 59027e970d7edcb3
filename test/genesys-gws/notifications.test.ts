import { ConfigurationError, NotificationError, createGenesysNotifications, type GenesysNotification } from "@callspec/genesys-gws";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { json, localServer } from "../support/local-server.js";
import { caught, caughtSync } from "../support/mocks.js";

const USER = "ksippo";
const PASSWORD = "EXAMPLE-cometd-password";
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}`;

interface Bayeux {
  channel: string;
  id?: string;
  clientId?: string;
  subscription?: string;
  [key: string]: unknown;
}

/**
 * A CometD (Bayeux 1.0) server over long polling at /api/v2/notifications, small enough to read: it checks
 * Basic auth on the handshake, holds a connect until something is published, and records every message.
 */
async function fakeCometd(options: { refuse?: boolean; dropFirstConnect?: boolean } = {}) {
  const received: Bayeux[] = [];
  const subscriptions = new Set<string>();
  const queue: Bayeux[] = [];
  let held: { res: ServerResponse; reply: Bayeux } | undefined;
  let handshakeAuth: string | undefined;
  let handshakes = 0;
  let dropped = false;
  const answer = (res: ServerResponse, messages: Bayeux[]) => {
    res.writeHead(200, { "content-type": "application/json", "set-cookie": "BAYEUX_BROWSER=b1f2c3; Path=/" });
    res.end(JSON.stringify(messages));
  };
  const flush = () => {
    if (!held || queue.length === 0) return;
    const { res, reply } = held;
    held = undefined;
    answer(res, [...queue.splice(0), reply]);
  };
  const server = createServer((req: IncomingMessage, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      if (req.url !== "/api/v2/notifications") return void res.writeHead(404).end();
      const messages = JSON.parse(body) as Bayeux[];
      received.push(...messages);
      const m = messages[0]!;
      const ok = { id: m.id, channel: m.channel, successful: true };
      switch (m.channel) {
        case "/meta/handshake":
          handshakeAuth = req.headers.authorization;
          handshakes += 1;
          if (options.refuse || req.headers.authorization !== BASIC) {
            return answer(res, [{ ...ok, successful: false, error: "403::Handshake denied", advice: { reconnect: "none" } }]);
          }
          return answer(res, [
            {
              ...ok,
              version: "1.0",
              clientId: `31a2c9e0d8f${handshakes}`,
              supportedConnectionTypes: ["long-polling"],
              advice: { reconnect: "retry", interval: 0, timeout: 30000 },
            },
          ]);
        case "/meta/subscribe":
          subscriptions.add(m.subscription!);
          return answer(res, [{ ...ok, subscription: m.subscription }]);
        case "/meta/unsubscribe":
          subscriptions.delete(m.subscription!);
          return answer(res, [{ ...ok, subscription: m.subscription }]);
        case "/meta/connect":
          if (options.dropFirstConnect && !dropped) {
            // The server forgot the client (a restart): it must handshake and subscribe again.
            dropped = true;
            subscriptions.clear();
            return answer(res, [
              { ...ok, successful: false, error: "402::Unknown client", advice: { reconnect: "handshake", interval: 0 } },
            ]);
          }
          held = { res, reply: { ...ok, advice: { reconnect: "retry", interval: 0 } } };
          return flush();
        case "/meta/disconnect":
          if (held) answer(held.res, [{ ...held.reply, successful: false, advice: { reconnect: "none" } }]);
          held = undefined;
          return answer(res, [ok]);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  open.push({ close });
  return {
    url,
    received,
    subscriptions,
    handshakeAuth: () => handshakeAuth,
    handshakes: () => handshakes,
    publish(channel: string, data: unknown) {
      if (subscriptions.has(channel)) queue.push({ channel, data });
      flush();
    },
  };
}

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

const callMessage = {
  messageType: "CallStateChangeMessage",
  notificationType: "StatusChange",
  phoneNumber: "5005",
  call: {
    id: "007202b64bc0d0e5",
    state: "Ringing",
    callType: "Inbound",
    ani: "5001",
    capabilities: ["Answer"],
    participants: [{ phoneNumber: "5001" }],
  },
};
const deviceMessage = {
  messageType: "DeviceStateChangeMessage",
  devices: [
    {
      id: "efe1ab32-53f9-43ce-b65e-5768c61f7d4a",
      deviceState: "Active",
      userState: { id: "900D55CC-2BB0-431F-8BF9-D3525B383BE6", displayName: "Ready", state: "Ready" },
      doNotDisturb: "Off",
    },
  ],
};
const chatMessage = {
  messageType: "MessageLogUpdated",
  notificationType: "NewMessages",
  chatUri: "http://gws.example.test:8080/api/v2/chats/0000Na9B26EF002X",
  messages: [
    {
      index: 4,
      type: "TypingStarted",
      from: { nickname: "TestName", type: "Agent", participantId: "007352CE764002A3" },
      visibility: "All",
    },
  ],
};

describe("notifications (CometD long polling)", () => {
  it("handshakes with Basic auth, subscribes and delivers typed messages to a listener", async () => {
    const server = await fakeCometd();
    const notifications = createGenesysNotifications({ baseUrl: server.url, username: USER, password: PASSWORD });
    const calls: GenesysNotification<"/v2/me/calls">[] = [];
    await notifications.subscribe("/v2/me/calls", (message) => {
      expectTypeOf(message.data.call.state).toEqualTypeOf<string | undefined>();
      // readOnly in the spec, plain data once received: usable as a path parameter as is.
      expectTypeOf(message.data.call.id).toEqualTypeOf<string | undefined>();
      calls.push(message);
    });
    expect(server.handshakeAuth()).toBe(BASIC);
    expect(server.subscriptions).toEqual(new Set(["/v2/me/calls"]));
    server.publish("/v2/me/calls", callMessage);
    await vi_waitFor(() => calls.length === 1);
    expect(calls[0]!.data.notificationType).toBe("StatusChange");
    expect(calls[0]!.data.call.state).toBe("Ringing");
    await notifications.disconnect();
    expect(server.received.at(-1)!.channel).toBe("/meta/disconnect");
    expect(notifications.connected).toBe(false);
  });

  it("yields each topic's messages from an async iterator, and unsubscribes when the loop ends", async () => {
    const server = await fakeCometd();
    const notifications = createGenesysNotifications({ baseUrl: server.url, username: USER, password: PASSWORD });
    const devices = notifications.messages("/v2/me/devices");
    const first = devices.next();
    await vi_waitFor(() => server.subscriptions.has("/v2/me/devices"));
    server.publish("/v2/me/calls", callMessage); // not subscribed: never delivered
    server.publish("/v2/me/devices", deviceMessage);
    const { value } = await first;
    expect(value!.channel).toBe("/v2/me/devices");
    expect(value!.data.devices[0]!.userState!.state).toBe("Ready");
    await devices.return(undefined);
    expect(server.subscriptions.size).toBe(0);
    await notifications.disconnect();
  });

  it("disconnect ends a waiting for-await loop", async () => {
    const server = await fakeCometd();
    const notifications = createGenesysNotifications({ baseUrl: server.url, username: USER, password: PASSWORD });
    const seen: string[] = [];
    const loop = (async () => {
      for await (const { data } of notifications.messages("/v2/me/calls")) seen.push(data.call.state ?? "");
    })();
    await vi_waitFor(() => server.subscriptions.has("/v2/me/calls"));
    server.publish("/v2/me/calls", {
      ...callMessage,
      notificationType: "AttachedDataChanged",
      call: { ...callMessage.call, userData: { AccountNumber: "12345678" } },
    });
    await vi_waitFor(() => seen.length === 1);
    await notifications.disconnect();
    await loop;
    expect(seen).toEqual(["Ringing"]);
    expect(server.received.filter((m) => m.channel === "/meta/disconnect")).toHaveLength(1);
  });

  it("handshakes and subscribes again when the server answers reconnect: handshake", async () => {
    const server = await fakeCometd({ dropFirstConnect: true });
    const notifications = createGenesysNotifications({ baseUrl: server.url, username: USER, password: PASSWORD });
    const states: string[] = [];
    await notifications.subscribe("/v2/me/calls", ({ data }) => void states.push(data.call.state ?? ""));
    await vi_waitFor(() => server.handshakes() === 2 && server.subscriptions.has("/v2/me/calls"));
    server.publish("/v2/me/calls", callMessage);
    await vi_waitFor(() => states.length === 1);
    expect(states).toEqual(["Ringing"]);
    expect(server.received.filter((m) => m.channel === "/meta/connect").at(-1)!.clientId).toBe("31a2c9e0d8f2");
    await notifications.disconnect();
  });

  it("tells the two chat message types apart by messageType", async () => {
    const server = await fakeCometd();
    const notifications = createGenesysNotifications({ baseUrl: server.url, username: USER, password: PASSWORD });
    const texts: string[] = [];
    await notifications.subscribe("/v2/me/chats", ({ data }) => {
      if (data.messageType === "MessageLogUpdated") texts.push(...data.messages.map((m) => m.type ?? ""));
      else texts.push(data.chat.state ?? "");
    });
    server.publish("/v2/me/chats", chatMessage);
    server.publish("/v2/me/chats", {
      messageType: "ChatStateChangeMessage",
      notificationType: "StatusChange",
      chat: { id: "0000Na9B26EF002X", state: "Completed" },
    });
    await vi_waitFor(() => texts.length === 2);
    expect(texts).toEqual(["TypingStarted", "Completed"]);
    await notifications.disconnect();
  });

  it("a refused handshake is a NotificationError without the password", async () => {
    const server = await fakeCometd({ refuse: true });
    const notifications = createGenesysNotifications({ baseUrl: server.url, username: USER, password: PASSWORD });
    const error = (await caught(() => notifications.subscribe("/v2/me/calls", () => undefined))) as NotificationError;
    expect(error).toBeInstanceOf(NotificationError);
    expect(error.reason).toBe("403::Handshake denied");
    expect(error.message).toContain("handshake");
    expect(String(error) + JSON.stringify(error) + error.stack).not.toContain(PASSWORD);
    expect(server.received.filter((m) => m.channel === "/meta/subscribe")).toHaveLength(0);
  });

  it("an endpoint that is not CometD is a NotificationError naming the status", async () => {
    const server = await fakeCometd();
    const notifications = createGenesysNotifications({ baseUrl: `${server.url}/wrong`, username: USER, password: PASSWORD });
    const error = (await caught(() => notifications.connect())) as NotificationError;
    expect(error).toBeInstanceOf(NotificationError);
    expect(error.reason).toBe("404");
  });
});

describe("notifications: what the client refuses to do", () => {
  it("a baseUrl holding credentials is a ConfigurationError at creation that does not show them", () => {
    const error = caughtSync(() =>
      createGenesysNotifications({ baseUrl: "http://agent:Hunter2-in-url@127.0.0.1:9/api/v2", username: USER, password: PASSWORD }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(inspect(error, { depth: 10 })).not.toContain("Hunter2-in-url");
  });

  it.each([301, 302, 307, 308])(
    "a %i to another origin is not followed: the other origin gets no credentials or cookies",
    async (status) => {
      const elsewhere = await localServer((_, res) => json(res, 200, [{ channel: "/meta/handshake", successful: true, clientId: "x" }]));
      const gws = await localServer((_, res) => {
        res.writeHead(status, { location: `${elsewhere.url}/api/v2/notifications`, "set-cookie": "JSESSIONID=s3cr3t-cookie; Path=/" });
        res.end();
      });
      try {
        const notifications = createGenesysNotifications({ baseUrl: `${gws.url}/api/v2`, username: USER, password: PASSWORD });
        const error = (await caught(() => notifications.connect())) as NotificationError;
        expect(error).toBeInstanceOf(NotificationError);
        expect(error.reason).toBe(String(status));
        expect(error.message).toContain("redirect");
        expect(gws.requests).toHaveLength(1);
        expect(elsewhere.requests).toHaveLength(0);
        expect(notifications.connected).toBe(false);
      } finally {
        await Promise.all([gws.close(), elsewhere.close()]);
      }
    },
  );

  it("an answer past maxResponseBytes (decoded, here gzip) is a NotificationError; reading stops at the limit", async () => {
    const inflated = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    const gws = await localServer((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(inflated);
    });
    try {
      const notifications = createGenesysNotifications({
        baseUrl: `${gws.url}/api/v2`,
        username: USER,
        password: PASSWORD,
        maxResponseBytes: 64 * 1024,
      });
      const error = (await caught(() => notifications.connect())) as NotificationError;
      expect(error).toBeInstanceOf(NotificationError);
      expect(error.message).toContain("more than 65536 bytes");
    } finally {
      await gws.close();
    }
  });

  it("a body cut off mid-way is a NotificationError, not a raw TypeError", async () => {
    const gws = await localServer((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "400" });
      res.write('[{"channel":"/meta/handshake",');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    try {
      const notifications = createGenesysNotifications({ baseUrl: `${gws.url}/api/v2`, username: USER, password: PASSWORD });
      const error = await caught(() => notifications.connect());
      expect(error).toBeInstanceOf(NotificationError);
      expect((error as NotificationError).message).toContain("No answer");
    } finally {
      await gws.close();
    }
  });
});

async function vi_waitFor(condition: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}
