// A small jambonz application of ours, served with the package's handler: the harness plays calls against it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createJambonzHandler, toNodeListener, type JambonzApp, type JambonzHookPayload } from "@callspec/jambonz";

export interface SampleApp {
  url: string;
  statuses: JambonzHookPayload<"callStatusHook">[];
  close(): Promise<void>;
}

/** An IVR: asks for an account number (digits or speech), then dials support; says goodbye when support is busy. */
export async function startSampleApp(options: { secret?: string; wrongVerb?: "callHook" | "gather" } = {}): Promise<SampleApp> {
  const statuses: JambonzHookPayload<"callStatusHook">[] = [];
  const handler = createJambonzHandler({
    secret: options.secret,
    routes: {
      "/call": {
        hook: "callHook",
        handle: (call): JambonzApp => {
          if (options.wrongVerb === "callHook") {
            // What an untyped app can answer: `text` a number in the second verb.
            return JSON.parse('[{"verb":"say","text":"hi"},{"verb":"say","text":42}]') as JambonzApp;
          }
          return [
            { verb: "tag", data: { caller: call.from } },
            { verb: "say", text: "Welcome to Example Utilities." },
            {
              verb: "gather",
              input: ["digits", "speech"],
              numDigits: 6,
              actionHook: "/account",
              say: { text: "Please enter or say your account number." },
            },
            { say: { text: "We did not get that. Goodbye." } },
            { verb: "hangup" },
          ];
        },
      },
      "/account": {
        hook: "gather.actionHook",
        handle: (result): JambonzApp | undefined => {
          if (result.reason === "timeout") return undefined;
          if (options.wrongVerb === "gather") return JSON.parse('[{"verb":"dial","target":[{"type":"fax","number":"1"}]}]') as JambonzApp;
          const heard = result.digits ?? result.speech?.alternatives?.[0]?.transcript ?? "";
          return [
            { verb: "say", text: `Thanks, account ${heard}. Connecting you to support.` },
            {
              verb: "dial",
              target: [{ type: "phone", number: "15089998888" }],
              callerId: result.to,
              actionHook: "/dial-done",
              timeout: 20,
            },
          ];
        },
      },
      "/dial-done": {
        hook: "dial.actionHook",
        handle: (result): JambonzApp =>
          result.dial_call_status === "completed"
            ? [{ verb: "hangup" }]
            : [{ verb: "say", text: "Support is busy, please call again later." }, { verb: "hangup" }],
      },
      "/status": {
        hook: "callStatusHook",
        handle: (status) => {
          statuses.push(status);
        },
      },
    },
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    statuses,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
