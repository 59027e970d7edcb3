import { NotificationError, createGenesysNotifications, type GenesysNotification, type GenesysTopics } from "@callspec/genesys-gws";
import cometd, { type CometDServer, type ServerSession } from "cometd-nodejs-server";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import { caught } from "../support/mocks.js";

/**
 * notifications() against the real CometD server implementation (cometd-nodejs-server), mounted where GWS
 * serves it: /api/v2/notifications. The fake in notifications.test.ts covers the corners; this file proves
 * that our dependency-free Bayeux client speaks the protocol as CometD does.
 */

const USER = "ksippo";
const PASSWORD = "EXAMPLE-cometd-real-server-password";
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}`;

// The payloads the spec documents: the call of GET /me/calls/{callId} and the devices of GET /me/devices,
// wrapped in the message types of the document's webhooks (CallStateChangeMessage, DeviceStateChangeMessage).
const example = (file: string, method = "get") =>
  parse(readFileSync(new URL(`../../specs/genesys-gws/paths/${file}`, import.meta.url), "utf8"))[method].responses["200"].content[
    "application/json"
  ].example;
const documentedCall = example("me_calls_{callId}.yaml").call as GenesysTopics["/v2/me/calls"]["call"];
const documentedDevices = example("me_devices.yaml").devices as GenesysTopics["/v2/me/devices"]["devices"];
const callMessage: GenesysTopics["/v2/me/calls"] = {
  messageType: "CallStateChangeMessage",
  notificationType: "StatusChange",
  phoneNumber: "5005",
  call: documentedCall,
};
const deviceMessage = (state: "Ready" | "NotReady"): GenesysTopics["/v2/me/devices"] => ({
  messageType: "DeviceStateChangeMessage",
  devices: documentedDevices.map((d) => ({
    ...d,
    userState: { ...d.userState, state, displayName: state === "Ready" ? "Ready" : "Not Ready" },
  })),
});

/** Resolves with the arguments of the next `event` for which `match` holds. */
function next<A extends unknown[]>(
  target: Pick<CometDServer | ServerSession, "addListener" | "removeListener">,
  event: string,
  match: (...args: A) => boolean = () => true,
): Promise<A> {
  return new Promise((resolve) => {
    const listener = (...args: unknown[]) => {
      if (!match(...(args as A))) return;
      target.removeListener(event, listener);
      resolve(args as A);
    };
    target.addListener(event, listener);
  });
}

interface Running {
  http: Server;
  cometd: CometDServer;
}
let running: Running[] = [];
afterEach(async () => {
  for (const { http, cometd: server } of running) {
    server.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
  running = [];
});

/** A CometD server on 127.0.0.1 (free port) at /api/v2/notifications whose security policy requires our Basic credentials. */
async function realCometd() {
  const handshakes: (string | undefined)[] = [];
  const sessions: ServerSession[] = [];
  const cometdServer = () => {
    const server = cometd.createCometDServer({ timeout: 10_000 });
    server.policy = {
      canHandshake(_session, _message, callback) {
        const authorization = server.context.request?.headers.authorization as string | undefined;
        handshakes.push(authorization);
        callback(undefined, authorization === BASIC);
      },
    };
    server.addListener("sessionAdded", (session: ServerSession) => sessions.push(session));
    return server;
  };
  let server = cometdServer();
  const http = createServer((req, res) => {
    if (req.url === "/api/v2/notifications") server.handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const entry = { http, cometd: server };
  running.push(entry);
  return {
    get server() {
      return server;
    },
    sessions,
    handshakes,
    baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/v2`,
    /** Resolves once a session has subscribed to `channel`. */
    subscribed: (channel: string) => next<[{ name: string }, ServerSession]>(server, "subscribed", (ch) => ch.name === channel),
    publish: (channel: string, data: unknown) => server.createServerChannel(channel).publish(null, data),
    subscribers: (channel: string) => (server.getServerChannel(channel)?.subscribers ?? []).map((s) => s.id),
    /** A fresh CometD server behind the same port, as after a GWS restart: it knows no session. Returns the old one. */
    restart() {
      const old = server;
      server = entry.cometd = cometdServer();
      old.close();
      return old;
    },
  };
}

describe("notifications() against cometd-nodejs-server", () => {
  it("handshakes with Basic auth, subscribes and receives the documented call message, typed", async () => {
    const gws = await realCometd();
    const notifications = createGenesysNotifications({ baseUrl: gws.baseUrl, username: USER, password: PASSWORD });
    let resolve!: (message: GenesysNotification<"/v2/me/calls">) => void;
    const received = new Promise<GenesysNotification<"/v2/me/calls">>((r) => (resolve = r));
    const subscribed = gws.subscribed("/v2/me/calls");
    await notifications.subscribe("/v2/me/calls", resolve);
    const [, session] = await subscribed;
    expect(gws.handshakes).toEqual([BASIC]);
    expect(gws.sessions.map((s) => s.id)).toEqual([session.id]);
    expect(gws.subscribers("/v2/me/calls")).toEqual([session.id]);

    gws.publish("/v2/me/calls", callMessage);
    const message = await received;
    expectTypeOf(message.channel).toEqualTypeOf<"/v2/me/calls">();
    expectTypeOf(message.data.call.state).toEqualTypeOf<string | undefined>();
    expect(message.channel).toBe("/v2/me/calls");
    expect(message.data.messageType).toBe("CallStateChangeMessage");
    expect(message.data.notificationType).toBe("StatusChange");
    expect(message.data.phoneNumber).toBe("5005");
    expect(message.data.call.id).toBe("007202b64bc0d0e5");
    expect(message.data.call.state).toBe("Established");
    expect(message.data.call.callType).toBe("Internal");
    expect(message.data.call.participants?.map((p) => (typeof p === "string" ? p : p.phoneNumber))).toEqual(["5001"]);
    expect(message.data.call.capabilities).toEqual(["Hangup", "Hold", "SingleStepTransfer", "InitiateTransfer", "AttachUserData"]);
    expect(message.data.call.userData).toEqual({ CustomerSegment: "gold" });
    expect(message.data).toEqual(callMessage);

    const removed = next<[ServerSession, boolean]>(gws.server, "sessionRemoved");
    await notifications.disconnect();
    const [gone, timeout] = await removed;
    expect(gone.id).toBe(session.id);
    expect(timeout).toBe(false); // removed by the client's /meta/disconnect, not expired
    expect(gws.server.getServerSession(session.id)).toBeUndefined();
    expect(notifications.connected).toBe(false);
  });

  it("yields device messages in order from an async iterator; the loop ends on disconnect and the server removes the session", async () => {
    const gws = await realCometd();
    const notifications = createGenesysNotifications({ baseUrl: gws.baseUrl, username: USER, password: PASSWORD });
    const states: string[] = [];
    const phones: string[] = [];
    const subscribed = gws.subscribed("/v2/me/devices");
    let second!: () => void;
    const gotTwo = new Promise<void>((r) => (second = r));
    const loop = (async () => {
      for await (const { channel, data } of notifications.messages("/v2/me/devices")) {
        expectTypeOf(channel).toEqualTypeOf<"/v2/me/devices">();
        expect(data.messageType).toBe("DeviceStateChangeMessage");
        states.push(data.devices[0]!.userState!.state!);
        phones.push(data.devices[0]!.phoneNumber!);
        if (states.length === 2) second();
      }
      return "ended";
    })();
    const [, session] = await subscribed;
    gws.publish("/v2/me/calls", callMessage); // nobody subscribed: not delivered
    gws.publish("/v2/me/devices", deviceMessage("NotReady"));
    gws.publish("/v2/me/devices", deviceMessage("Ready"));
    await gotTwo;
    expect(states).toEqual(["NotReady", "Ready"]);
    expect(phones).toEqual(["5005", "5005"]);

    const removed = next<[ServerSession, boolean]>(gws.server, "sessionRemoved");
    await notifications.disconnect();
    await expect(loop).resolves.toBe("ended");
    const [gone, timeout] = await removed;
    expect([gone.id, timeout]).toEqual([session.id, false]);
    expect(gws.subscribers("/v2/me/devices")).toEqual([]);
  });

  it("delivers a message the server sends with the reply to a subscribe (not only on /meta/connect)", async () => {
    const gws = await realCometd();
    // A server that hands the current device state to a new subscriber: it rides on the /meta/subscribe reply.
    gws.server.addListener("subscribed", (channel: { name: string }, session: ServerSession) => {
      if (channel.name === "/v2/me/devices") session.deliver(null, "/v2/me/devices", deviceMessage("NotReady"));
    });
    const notifications = createGenesysNotifications({ baseUrl: gws.baseUrl, username: USER, password: PASSWORD });
    const devices = notifications.messages("/v2/me/devices");
    const { value } = await devices.next();
    expect(value!.channel).toBe("/v2/me/devices");
    expect(value!.data.devices.map((d) => [d.id, d.userState?.state])).toEqual([["efe1ab32-53f9-43ce-b65e-5768c61f7d4a", "NotReady"]]);
    await devices.return(undefined);
    expect(gws.subscribers("/v2/me/devices")).toEqual([]);
    await notifications.disconnect();
  });

  it("a disconnect by the server ends the iterator without a new handshake", async () => {
    const gws = await realCometd();
    const notifications = createGenesysNotifications({ baseUrl: gws.baseUrl, username: USER, password: PASSWORD });
    const subscribed = gws.subscribed("/v2/me/calls");
    const seen: string[] = [];
    const loop = (async () => {
      for await (const { data } of notifications.messages("/v2/me/calls")) seen.push(data.call.state ?? "");
      return "ended";
    })();
    const [, session] = await subscribed;
    // The server's /meta/disconnect reaches the client on a held connect: the one after the message's.
    const held = next(session, "suspended");
    gws.publish("/v2/me/calls", callMessage);
    await held;
    session.disconnect();
    await expect(loop).resolves.toBe("ended");
    expect(seen).toEqual(["Established"]);
    expect(notifications.connected).toBe(false);
    expect(gws.handshakes).toHaveLength(1);
    expect(gws.server.getServerSession(session.id)).toBeUndefined();
  });

  it("after a server restart (an unknown session, advice reconnect: handshake) it handshakes and subscribes again", async () => {
    const gws = await realCometd();
    const notifications = createGenesysNotifications({ baseUrl: gws.baseUrl, username: USER, password: PASSWORD });
    const states: string[] = [];
    let wake!: () => void;
    let arrived = new Promise<void>((r) => (wake = r));
    const subscribedBefore = gws.subscribed("/v2/me/devices");
    await notifications.subscribe("/v2/me/devices", ({ data }) => {
      states.push(data.devices[0]!.userState!.state!);
      wake();
    });
    const [, first] = await subscribedBefore;

    const old = gws.restart();
    const subscribedAfter = gws.subscribed("/v2/me/devices");
    // The connect held by the old server returns with this message; the next one meets the new server.
    old.createServerChannel("/v2/me/devices").publish(null, deviceMessage("NotReady"));
    await arrived;
    const [, second] = await subscribedAfter;
    expect(second.id).not.toBe(first.id);
    expect(gws.handshakes).toEqual([BASIC, BASIC]);
    arrived = new Promise<void>((r) => (wake = r));
    gws.publish("/v2/me/devices", deviceMessage("Ready"));
    await arrived;
    expect(states).toEqual(["NotReady", "Ready"]);
    expect(notifications.connected).toBe(true);

    const removed = next<[ServerSession, boolean]>(gws.server, "sessionRemoved");
    await notifications.disconnect();
    expect((await removed)[0].id).toBe(second.id);
  });

  it("a wrong password is a refused handshake: a NotificationError that never shows the password", async () => {
    const gws = await realCometd();
    const wrong = "EXAMPLE-wrong-password-not-a-secret";
    const notifications = createGenesysNotifications({ baseUrl: gws.baseUrl, username: USER, password: wrong });
    const error = (await caught(() => notifications.subscribe("/v2/me/calls", () => undefined))) as NotificationError;
    expect(error).toBeInstanceOf(NotificationError);
    expect(error.name).toBe("NotificationError");
    expect(error.reason).toBe("403::handshake_denied");
    expect(error.message).toMatch(/^The CometD handshake at .*\/api\/v2\/notifications was refused: 403::handshake_denied\.$/);
    expect(gws.handshakes).toEqual([`Basic ${Buffer.from(`${USER}:${wrong}`).toString("base64")}`]);
    expect(gws.sessions).toHaveLength(0);
    expect(notifications.connected).toBe(false);
    const b64 = Buffer.from(`${USER}:${wrong}`).toString("base64");
    for (const text of [error.message, String(error.stack), JSON.stringify(error), inspect(error, { depth: 5, showHidden: true })]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(b64);
    }
  });
});
