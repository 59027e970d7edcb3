import { startMock } from "@callspec/mock";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Processes this one started whose command line names `needle` (Linux: read from /proc). */
function childrenNaming(needle: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(needle)) found.push(Number(entry));
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("startMock", () => {
  it("answers through its front once ready, and with a 502 that says so once its Prism has gone", { timeout: 60_000 }, async () => {
    const mock = await startMock("jtel", { port: 0 });
    try {
      const ready = await fetch(`${mock.url.replace("{ClientsID}", "1001")}/acd/groups`, {
        headers: { Authorization: "Bearer mock-test-token" },
      });
      expect(ready.status).toBe(200);
      const [prism, ...others] = childrenNaming("jtel.openapi.json");
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
