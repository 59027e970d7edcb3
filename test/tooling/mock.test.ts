import { startMock } from "@callspec/mock";
import { describe, expect, it } from "vitest";
import { alive, childrenOf } from "../support/processes.js";

describe("startMock", () => {
  it("answers through its front once ready, and with a 502 that says so once its Prism has gone", { timeout: 60_000 }, async () => {
    const mock = await startMock("jtel", { port: 0 });
    try {
      const ready = await fetch(`${mock.url.replace("{ClientsID}", "1001")}/acd/groups`, {
        headers: { Authorization: "Bearer mock-test-token" },
      });
      expect(ready.status).toBe(200);
      const [prism, ...others] = childrenOf(process.pid, "jtel.openapi.json");
      expect(prism, "the Prism process of the jtel mock").toBeTypeOf("number");
      expect(others).toEqual([]);
      process.kill(prism!, "SIGKILL");
      await expect.poll(() => alive(prism!), { timeout: 10_000 }).toBe(false);
      await expect.poll(async () => (await fetch(`${mock.origin}/rest/v1.0/1001/acd/groups`)).status, { timeout: 10_000 }).toBe(502);
      const gone = await fetch(`${mock.origin}/rest/v1.0/1001/acd/groups`);
      expect(await gone.json()).toEqual({ error: "The jtel mock cannot answer: its process exited (SIGKILL)." });
    } finally {
      await mock.close();
    }
  });
});
