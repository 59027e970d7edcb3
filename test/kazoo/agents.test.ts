// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, USER_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listAgents",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/agents", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("83a87fd756ab57199c0bb6d5e11168cb"),
  ),
  row(
    "getAgent",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/agents/{USER_ID}", { params: { path: { ACCOUNT_ID, USER_ID } } }),
    (d) => expect(d?.data?.queues?.[0]).toEqual("a9d1cbf71942327e98b40cf5ef38a960"),
  ),
  row(
    "getAgentStats",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/agents/stats", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.["83a87fd756ab57199c0bb6d5e11168cb"]?.total_calls).toEqual(13),
  ),
  row(
    "listAgentStatuses",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/agents/status", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.["83a87fd756ab57199c0bb6d5e11168cb"]).toEqual("ready"),
  ),
  row(
    "getAgentStatus",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/agents/{USER_ID}/status", { params: { path: { ACCOUNT_ID, USER_ID } } }),
    (d) => expect(d?.data?.["83a87fd756ab57199c0bb6d5e11168cb"]).toEqual("ready"),
  ),
  row(
    "setAgentStatus",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/agents/{USER_ID}/status", {
        params: { path: { ACCOUNT_ID, USER_ID } },
        body: { data: { status: "pause", timeout: 300 } },
      }),
    (d) => expect(d?.data).toEqual("status update sent"),
  ),
  row(
    "getAgentStatusAlt",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/agents/status/{USER_ID}", { params: { path: { ACCOUNT_ID, USER_ID } } }),
    (d) => expect(d?.data?.["83a87fd756ab57199c0bb6d5e11168cb"]).toEqual("ready"),
  ),
  row(
    "setAgentStatusAlt",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/agents/status/{USER_ID}", {
        params: { path: { ACCOUNT_ID, USER_ID } },
        body: { data: { status: "pause", timeout: 300 } },
      }),
    (d) => expect(d?.data).toEqual("status update sent"),
  ),
  row(
    "getAgentQueueStatus",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/agents/{USER_ID}/queue_status", { params: { path: { ACCOUNT_ID, USER_ID } } }),
    (d) => expect(d?.data?.queues?.[0]).toEqual("a9d1cbf71942327e98b40cf5ef38a960"),
  ),
  row(
    "setAgentQueueStatus",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/agents/{USER_ID}/queue_status", {
        params: { path: { ACCOUNT_ID, USER_ID } },
        body: { data: { action: "login", queue_id: "a9d1cbf71942327e98b40cf5ef38a960" } },
      }),
    (d) => expect(d?.data?.id).toEqual("83a87fd756ab57199c0bb6d5e11168cb"),
  ),
]);
