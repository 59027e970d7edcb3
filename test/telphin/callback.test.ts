import { TelphinRequestError } from "@callspec/telphin";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { CALL_API_ID, telphin } from "./client.js";

describe("createCallback", () => {
  it("places a callback and answers 201 with its call-control id", async () => {
    const { data, response } = await telphin().POST("/extension/{extension_id}/callback/", {
      params: { path: { extension_id: "@me" } },
      body: { src_num: ["0003*100"], dst_num: "+74951234567", dst_dtmf: "1W2w#" },
    });
    expect(response.status).toBe(201);
    expect(data?.call_api_id).toBe(CALL_API_ID);
  });

  it.each([
    ["without dst_num", { src_num: ["0003*100"] }, /dst_num/],
    ["with an empty dst_num", { src_num: ["0003*100"], dst_num: " " }, /dst_num/],
    ["without src_num", { dst_num: "+74951234567" }, /src_num/],
  ])("is refused %s before anything is sent", async (_, body, message) => {
    const sent: string[] = [];
    const client = telphin();
    const error = await caught(() =>
      client.POST("/extension/{extension_id}/callback/", {
        params: { path: { extension_id: "@me" } },
        body: body as never,
        fetch: (request: Request) => {
          sent.push(request.url);
          return fetch(request);
        },
      }),
    );
    expect(error).toBeInstanceOf(TelphinRequestError);
    expect(String(error)).toMatch(message);
    expect(sent).toEqual([]);
  });
});
