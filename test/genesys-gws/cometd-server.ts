import cometd, { type CometDServer, type ServerSession } from "cometd-nodejs-server";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A real CometD server (cometd-nodejs-server) at /api/v2/notifications on 127.0.0.1 that admits one Basic credential. */
export async function cometdNode(basic: string): Promise<{
  baseUrl: string;
  server: CometDServer;
  subscribed(channel: string): Promise<ServerSession>;
  publish(channel: string, data: unknown): void;
  close(): Promise<void>;
}> {
  const server = cometd.createCometDServer({ timeout: 10_000 });
  server.policy = {
    canHandshake(_session, _message, callback) {
      callback(undefined, server.context.request?.headers.authorization === basic);
    },
  };
  const http: Server = createServer((req, res) => {
    if (req.url === "/api/v2/notifications") server.handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}/api/v2`,
    server,
    subscribed: (channel) =>
      new Promise((resolve) => {
        const listener = (ch: { name: string }, session: ServerSession) => {
          if (ch.name !== channel) return;
          server.removeListener("subscribed", listener);
          resolve(session);
        };
        server.addListener("subscribed", listener);
      }),
    publish: (channel, data) => server.createServerChannel(channel).publish(null, data),
    async close() {
      server.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
