// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

/** A few bytes standing in for an uploaded file (the mock checks the content type, not the bytes). */
const UPLOAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describeRows([
  row(
    "listLists",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/lists", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("10ae9fc7d453b0dd525d0edf2ede7961"),
  ),
  row(
    "createList",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/lists", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { name: "VIP callers", description: "Callers routed to the priority queue" } },
      }),
    (d) => expect(d?.data?.id).toEqual("10ae9fc7d453b0dd525d0edf2ede7961"),
  ),
  row(
    "getList",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961" } },
      }),
    (d) => expect(d?.data?.id).toEqual("10ae9fc7d453b0dd525d0edf2ede7961"),
  ),
  row(
    "replaceList",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961" } },
        body: { data: { name: "VIP callers", description: "Callers routed to the priority queue" } },
      }),
    (d) => expect(d?.data?.id).toEqual("10ae9fc7d453b0dd525d0edf2ede7961"),
  ),
  row(
    "updateList",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961" } },
        body: { data: { name: "VIP callers" } },
      }),
    (d) => expect(d?.data?.id).toEqual("10ae9fc7d453b0dd525d0edf2ede7961"),
  ),
  row(
    "deleteList",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961" } },
      }),
    (d) => expect(d?.data?.id).toEqual("10ae9fc7d453b0dd525d0edf2ede7961"),
  ),
  row(
    "listListEntries",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961" } },
      }),
    (d) => expect(d?.data?.[0]?.number).toEqual("+14155550142"),
  ),
  row(
    "createListEntry",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961" } },
        body: {
          data: {
            list_id: "10ae9fc7d453b0dd525d0edf2ede7961",
            number: "+14155550142",
            displayname: "Dana Smith",
            firstname: "Dana",
            lastname: "Smith",
            type: "number",
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("83f23ec3ee4228ff67567dcd417cc9a0"),
  ),
  row(
    "deleteListEntries",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961" } },
      }),
    (d) => expect(d?.data?.[0]?.id).toEqual("83f23ec3ee4228ff67567dcd417cc9a0"),
  ),
  row(
    "getListEntry",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries/{LIST_ENTRY_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961", LIST_ENTRY_ID: "83f23ec3ee4228ff67567dcd417cc9a0" } },
      }),
    (d) => expect(d?.data?.displayname).toEqual("Dana Smith"),
  ),
  row(
    "replaceListEntry",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries/{LIST_ENTRY_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961", LIST_ENTRY_ID: "83f23ec3ee4228ff67567dcd417cc9a0" } },
        body: {
          data: {
            list_id: "10ae9fc7d453b0dd525d0edf2ede7961",
            number: "+14155550142",
            displayname: "Dana Smith",
            firstname: "Dana",
            lastname: "Smith",
            type: "number",
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("83f23ec3ee4228ff67567dcd417cc9a0"),
  ),
  row(
    "updateListEntry",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries/{LIST_ENTRY_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961", LIST_ENTRY_ID: "83f23ec3ee4228ff67567dcd417cc9a0" } },
        body: { data: { displayname: "Dana S." } },
      }),
    (d) => expect(d?.data?.id).toEqual("83f23ec3ee4228ff67567dcd417cc9a0"),
  ),
  row(
    "deleteListEntry",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries/{LIST_ENTRY_ID}", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961", LIST_ENTRY_ID: "83f23ec3ee4228ff67567dcd417cc9a0" } },
      }),
    (d) => expect(d?.data?.id).toEqual("83f23ec3ee4228ff67567dcd417cc9a0"),
  ),
  row(
    "getListEntryVcard",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries/{LIST_ENTRY_ID}/vcard", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961", LIST_ENTRY_ID: "83f23ec3ee4228ff67567dcd417cc9a0" } },
        parseAs: "text",
      }),
    (d, r) => {
      expect(r.headers.get("content-type")).toMatch(/^text\/x-vcard/);
      expect(String(d)).toContain("BEGIN:VCARD");
    },
  ),
  row(
    "uploadListEntryPhoto",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/lists/{LIST_ID}/entries/{LIST_ENTRY_ID}/photo", {
        params: { path: { ACCOUNT_ID, LIST_ID: "10ae9fc7d453b0dd525d0edf2ede7961", LIST_ENTRY_ID: "83f23ec3ee4228ff67567dcd417cc9a0" } },
        body: UPLOAD as never,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { "Content-Type": "image/jpeg" },
      }),
    (d) => expect(d?.data?.id).toEqual("83f23ec3ee4228ff67567dcd417cc9a0"),
  ),
]);
