import { createGenesysNotifications, type GenesysNotification, type GenesysTopic, type GenesysTopics } from "@callspec/genesys-gws";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { cometdNode } from "./cometd-server.js";

/**
 * The messages the media channels, supervision and recording publish, as the docs show them, through the real
 * CometD server (cometd-nodejs-server) and our client: each arrives on its topic, typed for that topic.
 */

const USER = "ksippo";
const PASSWORD = "EXAMPLE-cometd-media-password";
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString("base64")}`;
const H = "http://gws.example.test:8080/api/v2";

const email: GenesysTopics["/v2/me/emails"] = {
  messageType: "EmailStateChangeMessage",
  notificationType: "EmailSaved",
  referenceId: 7,
  email: {
    id: "0000Na9B26EF00B1",
    state: "Composing",
    to: ["customer@example.com"],
    subject: "Re: Order 1234",
    uri: `${H}/email/0000Na9B26EF00B1`,
  },
};
const workitem: GenesysTopics["/v2/me/workitems"] = {
  messageType: "WorkitemStateChangeMessage",
  notificationType: "StatusChange",
  referenceId: 8,
  workitem: { id: "0000Na9B26EF00C4", state: "Completed", capabilities: [], uri: `${H}/workitems/0000Na9B26EF00C4` },
};
const subscription: GenesysTopics["/v2/me/workbins"] = {
  messageType: "WorkbinSubscriptionStateChangeMessage",
  id: "8b42f4b1-5c7e-4d1a-9f62-3a7f0c2e9d11",
  stateResource: "Subscribed",
  referenceId: 11,
};
const itemAdded: GenesysTopics["/v2/me/workbins"] = {
  messageType: "WorkbinStateChangeMessage",
  action: "ItemAdded",
  id: "8b42f4b1-5c7e-4d1a-9f62-3a7f0c2e9d11",
  agentGroup: "Sales Agents",
  chatStateResourceV2: { id: "0000Na9B26EF002X", state: "InWorkbin" },
};
const imState: GenesysTopics["/v2/me/im-sessions"] = {
  messageType: "IMSessionStateChangeMessage",
  notificationType: "AttachedDataChanged",
  imSession: { id: "00f0029a4b5ce00c", state: "Talking", userData: { Topic: "handover" } },
};
const imLog: GenesysTopics["/v2/me/im-sessions"] = {
  messageType: "IMLogUpdateMessage",
  notificationType: "NewMessage",
  imSessionPath: "/im-sessions/00f0029a4b5ce00c",
  message: { index: 1, type: "Text", text: "Can you take my 3 pm call?" },
};
const channel: GenesysTopics["/v2/me/channels"] = {
  messageType: "ChannelStateChangeMessageV2",
  channels: [{ channel: "chat", userState: { id: "LoggedOut", displayName: "Offline", state: "LoggedOut" } }],
};
const recordingStarted: GenesysTopics["/v2/me/calls"] = {
  messageType: "CallStateChangeMessage",
  notificationType: "CallRecordingStateChange",
  call: {
    id: "007202b64bc0d0e5",
    state: "Established",
    recordingState: "Recording",
    capabilities: ["PauseCallRecording", "StopCallRecording"],
    userData: { GSIP_RECORD: "ON" },
  },
};
const coaching: GenesysTopics["/v2/me/devices"] = {
  messageType: "DeviceStateChangeMessage",
  devices: [
    {
      id: "efe1ab32-53f9-43ce-b65e-5768c61f7d4a",
      capabilities: ["ListenIn", "Coach", "BargeIn", "CancelSupervisorMonitoring"],
      supervisorMonitoringState: {
        state: "Coach",
        mode: "AllCalls",
        scope: "Call",
        targetDeviceUri: `${H}/devices/9c14cad7-17c4-48d0-8492-7cf0ff92c224`,
      },
    },
  ],
};

const history: GenesysTopics["/v2/ucs/interactions"] = {
  messageType: "GetInteractionsHistoryMessage",
  referenceId: 1,
  interactions: [
    {
      id: "0000Sa99620J0EM5",
      typeId: "Inbound",
      mediaType: "chat",
      state: "Stopped",
      contactId: "00012aB0T770000M",
      subject: "Customer support",
      ownerInformation: { id: "cc9016eee9c84dfeb266c642d9fd92c5", userName: "a2" },
      customAttributes: { SearchId: "123456" },
    },
  ],
};

const published: [GenesysTopic, unknown][] = [
  ["/v2/me/emails", email],
  ["/v2/me/workitems", workitem],
  ["/v2/me/workbins", subscription],
  ["/v2/me/workbins", itemAdded],
  ["/v2/me/im-sessions", imState],
  ["/v2/me/im-sessions", imLog],
  ["/v2/me/channels", channel],
  ["/v2/me/calls", recordingStarted],
  ["/v2/me/devices", coaching],
  ["/v2/ucs/interactions", history],
];

let closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing) await close();
  closing = [];
});

describe("media, supervision and recording notifications against cometd-nodejs-server", () => {
  it("each topic's documented messages arrive on it, in order, typed for the topic", async () => {
    const node = await cometdNode(BASIC);
    closing.push(() => node.close());
    const notifications = createGenesysNotifications({ baseUrl: node.baseUrl, username: USER, password: PASSWORD });
    closing.unshift(() => notifications.disconnect());
    const received: GenesysNotification[] = [];
    let done!: () => void;
    const all = new Promise<void>((resolve) => (done = resolve));
    const topics = [...new Set(published.map(([topic]) => topic))];
    for (const topic of topics) {
      const subscribed = node.subscribed(topic);
      await notifications.subscribe(topic, (message) => {
        received.push(message);
        if (received.length === published.length) done();
      });
      await subscribed;
    }
    for (const [topic, data] of published) node.publish(topic, data);
    await all;
    expect(received.map((m) => [m.channel, m.data])).toEqual(published);
  });

  it("the types follow the topic: the workbin messages are told apart by messageType", async () => {
    const node = await cometdNode(BASIC);
    closing.push(() => node.close());
    const notifications = createGenesysNotifications({ baseUrl: node.baseUrl, username: USER, password: PASSWORD });
    closing.unshift(() => notifications.disconnect());
    const seen: string[] = [];
    const iterator = notifications.messages("/v2/me/workbins");
    const first = iterator.next();
    await node.subscribed("/v2/me/workbins");
    node.publish("/v2/me/workbins", subscription);
    node.publish("/v2/me/workbins", itemAdded);
    for (const next of [await first, await iterator.next()]) {
      const { data } = next.value!;
      expectTypeOf(data.messageType).toEqualTypeOf<"WorkbinSubscriptionStateChangeMessage" | "WorkbinStateChangeMessage">();
      if (data.messageType === "WorkbinSubscriptionStateChangeMessage") seen.push(`${data.id} ${data.stateResource}`);
      else seen.push(`${data.id} ${data.action} ${data.agentGroup}`);
    }
    await iterator.return(undefined);
    expect(seen).toEqual([
      "8b42f4b1-5c7e-4d1a-9f62-3a7f0c2e9d11 Subscribed",
      "8b42f4b1-5c7e-4d1a-9f62-3a7f0c2e9d11 ItemAdded Sales Agents",
    ]);
  });
});
