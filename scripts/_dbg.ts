import { startMock } from "@callspec/mock";
import { createGenesysClient } from "@callspec/genesys-gws";
const m = await startMock("genesys-gws", { port: 0 });
const seen: string[] = [];
const client = createGenesysClient({ baseUrl: m.url, username: "ksippo", password: "x-pass", retry: false, fetch: async (r: Request) => { const res = await fetch(r); seen.push(`${r.method} ${r.url} ${r.headers.get("cookie")} ${r.headers.get("x-csrf-token")} -> ${res.status} ${res.headers.get("set-cookie")}`); return res; } } as never);
try { const r = await client.POST("/me/calls/{callId}", { params: { path: { callId: "007202b64bc0d0e5" } }, body: { operationName: "Hangup" } }); console.log(r.data); } catch (e) { console.log(String(e)); }
console.log(seen.join("\n"));
await m.close();
