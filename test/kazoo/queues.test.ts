// Table of every operation of the tag: the call, the status the mock answers and one typed check.
import { expect } from "vitest";
import { ACCOUNT_ID, kazoo } from "./client.js";
import { describeRows, row } from "./table.js";

describeRows([
  row(
    "listQueues",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/queues", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.[0]?.id).toEqual("a9d1cbf71942327e98b40cf5ef38a960"),
  ),
  row(
    "createQueue",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/queues", {
        params: { path: { ACCOUNT_ID } },
        body: {
          data: {
            name: "Support Queue",
            agent_ring_timeout: 15,
            agent_wrapup_time: 0,
            caller_exit_key: "#",
            connection_timeout: 3600,
            enter_when_empty: true,
            max_queue_size: 0,
            record_caller: false,
            ring_simultaneously: 1,
            strategy: "round_robin",
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("a9d1cbf71942327e98b40cf5ef38a960"),
  ),
  row(
    "getQueue",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
      }),
    (d) => {
      expect(d?.data?.id).toEqual("a9d1cbf71942327e98b40cf5ef38a960");
      expect(d?.data?.agents).toEqual(["83a87fd756ab57199c0bb6d5e11168cb"]);
    },
  ),
  row(
    "replaceQueue",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
        body: {
          data: {
            name: "Support Queue",
            agent_ring_timeout: 15,
            agent_wrapup_time: 0,
            caller_exit_key: "#",
            connection_timeout: 3600,
            enter_when_empty: true,
            max_queue_size: 0,
            record_caller: false,
            ring_simultaneously: 1,
            strategy: "round_robin",
          },
        },
      }),
    (d) => expect(d?.data?.id).toEqual("a9d1cbf71942327e98b40cf5ef38a960"),
  ),
  row(
    "updateQueue",
    200,
    () =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
        body: { data: { name: "Support Queue" } },
      }),
    (d) => expect(d?.data?.id).toEqual("a9d1cbf71942327e98b40cf5ef38a960"),
  ),
  row(
    "deleteQueue",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
      }),
    (d) => expect(d?.data?.id).toEqual("a9d1cbf71942327e98b40cf5ef38a960"),
  ),
  row(
    "getQueueStats",
    200,
    () => kazoo().GET("/accounts/{ACCOUNT_ID}/queues/stats", { params: { path: { ACCOUNT_ID } } }),
    (d) => expect(d?.data?.current_timestamp).toEqual(63836582400),
  ),
  row(
    "eavesdropCall",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/queues/eavesdrop", {
        params: { path: { ACCOUNT_ID } },
        body: { data: { id: "913f9c49dcb544e2087cee284f4a00b7", call_id: "c2f3b8a0-4f1e-11ee-be56-0242ac120002", mode: "listen" } },
      }),
    (d) => expect(d?.status).toBe("success"),
  ),
  row(
    "eavesdropQueue",
    201,
    () =>
      kazoo().PUT("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}/eavesdrop", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
        body: { data: { id: "913f9c49dcb544e2087cee284f4a00b7", mode: "listen" } },
      }),
    (d) => expect(d?.status).toBe("success"),
  ),
  row(
    "getQueueRoster",
    200,
    () =>
      kazoo().GET("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}/roster", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
      }),
    (d) => expect(d?.data?.[0]).toEqual("83a87fd756ab57199c0bb6d5e11168cb"),
  ),
  row(
    "setQueueRoster",
    200,
    () =>
      kazoo().POST("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}/roster", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
        body: { data: ["83a87fd756ab57199c0bb6d5e11168cb", "b1a4a6b01cc297d4677c4ca6656e14d7"] },
      }),
    (d) => {
      // cb_queues answers the queue read again, the roster in `agents`, not the list sent.
      const agents: string[] | undefined = d?.data.agents;
      expect(agents).toEqual(["83a87fd756ab57199c0bb6d5e11168cb", "b1a4a6b01cc297d4677c4ca6656e14d7"]);
      expect(d?.data.name).toBe("Support Queue");
    },
  ),
  row(
    "clearQueueRoster",
    200,
    () =>
      kazoo().DELETE("/accounts/{ACCOUNT_ID}/queues/{QUEUE_ID}/roster", {
        params: { path: { ACCOUNT_ID, QUEUE_ID: "a9d1cbf71942327e98b40cf5ef38a960" } },
      }),
    (d) => {
      // `id` and `agents` are always there: typed as required.
      const queue: { id: string; agents: string[] } | undefined = d?.data;
      expect(queue?.id).toBe("a9d1cbf71942327e98b40cf5ef38a960");
      expect(queue?.agents).toEqual([]);
    },
  ),
]);
