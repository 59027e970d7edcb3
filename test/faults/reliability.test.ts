import { describe, expect, it } from "vitest";
import { loadFaultAdapters, renderReliability } from "./reliability.js";

// docs/reliability.md is this render of the rows and adapters the fault matrix runs: stale, it fails here.
describe("docs/reliability.md", () => {
  it("is the fault matrix as tested", async () => {
    const adapters = await loadFaultAdapters();
    expect(adapters.map((a) => a.vendor)).toEqual(["genesys-gws", "jambonz", "jtel", "kazoo", "telphin"]);
    await expect(renderReliability(adapters)).toMatchFileSnapshot("../../docs/reliability.md");
  });
});
