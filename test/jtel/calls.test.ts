import { describe, expect, it } from "vitest";
import { BASE_PATH, UFN, jtel } from "./client.js";

describe("listCalls", () => {
  it("lists the calls envelope, sorted by UFN, with 0/1 flags", async () => {
    const { data } = await jtel().GET("/calls");
    expect(data?.orderBy).toBe("UFN");
    expect(data?.records[0]?.dtCallStart).toBe("2022-07-08T11:33:18.900977Z");
    expect(data?.records[0]?.bOutbound).toBe(0);
  });
});

describe.each([
  ["answerCall", "/calls/{UFN}/answer", "answer"],
  ["hangupCall", "/calls/{UFN}/hangup", "hangup"],
  ["holdCall", "/calls/{UFN}/hold", "hold"],
] as const)("%s", (_, path, action) => {
  it(`sends ${action} as a GET with the UFN in the path`, async () => {
    const client = jtel();
    const { data, response } = await client.GET(path, { params: { path: { UFN } } });
    expect(response.status).toBe(200);
    expect(data?.status).toBe(200);
    expect(client.sent).toEqual([{ method: "GET", path: `${BASE_PATH}/calls/${UFN}/${action}` }]);
  });
});
