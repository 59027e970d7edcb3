// The page script of browser.test.ts, bundled with esbuild: the client as an agent desktop would use it.
import { GenesysError, createGenesysClient } from "@callspec/genesys-gws";

interface Outcome {
  status: number;
  statusCode: number | undefined;
  name?: string;
}

const hangup = { params: { path: { callId: "007202b64bc0d0e5" } }, body: { operationName: "Hangup" as const } };

async function outcome(run: () => Promise<{ response: Response; data?: { statusCode: number | string } }>): Promise<Outcome> {
  try {
    const { response, data } = await run();
    return { status: response.status, statusCode: data ? Number(data.statusCode) : undefined };
  } catch (error) {
    if (error instanceof GenesysError) return { status: error.status ?? 0, statusCode: error.statusCode, name: error.name };
    return { status: 0, statusCode: undefined, name: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

async function run(baseUrl: string, username: string, password: string) {
  // A bare write with neither the session cookie nor the CSRF token.
  const bare = await fetch(`${baseUrl}/me/calls/007202b64bc0d0e5`, {
    method: "POST",
    headers: { Authorization: `Basic ${btoa(`${username}:${password}`)}`, "Content-Type": "application/json" },
    body: JSON.stringify({ operationName: "Hangup" }),
  });
  const bareWrite = { status: bare.status, body: await bare.json() };

  // The client without browser mode: it cannot keep the cookie in a browser, so even its CSRF retry is refused.
  const plain = createGenesysClient({ baseUrl, username, password, retry: false });
  await plain.GET("/me");
  const plainWrite = await outcome(() => plain.POST("/me/calls/{callId}", hangup));

  // Browser mode: the browser keeps JSESSIONID, the client keeps the CSRF token from the exposed header.
  const browser = createGenesysClient({ baseUrl, username, password, retry: false, credentials: "include" });
  const firstWrite = await outcome(() => browser.POST("/me/calls/{callId}", hangup)); // no token yet: refused, refreshed, sent again
  const tokenAfterFirst = browser.session?.token;
  await browser.GET("/me");
  const secondWrite = await outcome(() => browser.POST("/me/calls/{callId}", hangup));
  return { bareWrite, plainWrite, firstWrite, secondWrite, tokenAfterFirst, cookieVisible: document.cookie.includes("JSESSIONID") };
}

Object.assign(globalThis, { gwsRun: run });
