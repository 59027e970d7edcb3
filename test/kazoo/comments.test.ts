import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

const comment = { author: "Ada Lovelace", content: "Ported on Monday.", timestamp: 63862817600, is_private: false, action_required: false };
const first = { path: { ACCOUNT_ID, COMMENT_ID: 0 } };

operations({
  listComments: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/comments", { params: account }))).comments[0]?.author).toBe("Ada Lovelace"),
  addComments: async () =>
    expect(
      (await unwrap(kazoo().PUT("/accounts/{ACCOUNT_ID}/comments", { params: account, body: { data: { comments: [comment] } } }))).comments,
    ).toHaveLength(1),
  deleteComments: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/comments", { params: account }))).comments).toEqual([]),
  getComment: async () => {
    const sent: string[] = [];
    const client = kazoo();
    client.use({ onRequest: ({ request }) => void sent.push(new URL(request.url).pathname) });
    const one = await unwrap(client.GET("/accounts/{ACCOUNT_ID}/comments/{COMMENT_ID}", { params: first }));
    // The comment id is its index in the list, from 0.
    expect(sent[0]).toMatch(/\/comments\/0$/);
    expect(one.timestamp).toBe(63862817600);
  },
  replaceComment: async () =>
    expect(
      (await unwrap(kazoo().POST("/accounts/{ACCOUNT_ID}/comments/{COMMENT_ID}", { params: first, body: { data: comment } }))).content,
    ).toBe("Ported on Monday."),
  deleteComment: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/comments/{COMMENT_ID}", { params: first }))).comments).toEqual([]),
});

describe("comment validation", () => {
  it("a negative comment index fails the mock; a non-integer timestamp fails tsc and the mock", async () => {
    const error = await caught(() =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/comments/{COMMENT_ID}", { params: { path: { ACCOUNT_ID, COMMENT_ID: -1 } } }),
    );
    expect((error as KazooError).status).toBe(400);
    const wrong = await caught(() =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/comments", {
        params: account,
        // @ts-expect-error timestamp is Gregorian seconds, an integer.
        body: { data: { comments: [{ ...comment, timestamp: "monday" }] } },
      }),
    );
    expect(wrong).toBeInstanceOf(KazooError);
    expect((wrong as KazooError).status).toBe(400);
  });
});
