import { KazooError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations } from "./client.js";

const TASK_ID = "e5c92c4b50bcec520d5d7e1ce1b869";
const task = { path: { ACCOUNT_ID, TASK_ID } };
const systemTask = { path: { TASK_ID } };
const CSV = "number,account_id\n+14155550100,4b31dd1d32ce6d249897c06332375d65\n";

function recording() {
  const sent: Request[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void sent.push(request.clone()) });
  return { client, sent };
}

/** Sends the CSV text as the body, as `curl --data-binary @file.csv -H "Content-Type: text/csv"` does. */
const csvBody = { body: CSV as never, bodySerializer: (b: unknown) => b as BodyInit, headers: { "Content-Type": "text/csv" } };

operations({
  listTasks: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/tasks", { params: account });
    if (typeof data !== "object") throw new Error("expected the JSON envelope");
    expect(data?.page_size).toBe(1);
    expect(data?.data[0]?.status).toBe("pending");
  },
  createTask: async () => {
    const { client, sent } = recording();
    const created = await unwrap(
      client.PUT("/accounts/{ACCOUNT_ID}/tasks", {
        params: { ...account, query: { category: "number_management", action: "add", file_name: "numbers.csv" } },
        ...csvBody,
      }),
    );
    const request = sent[0]!;
    expect(request.headers.get("content-type")).toBe("text/csv");
    expect(await request.text()).toBe(CSV);
    expect(new URL(request.url).search).toBe("?category=number_management&action=add&file_name=numbers.csv");
    expect(created._read_only.id).toBe(TASK_ID);
    expect(created._read_only.total_count).toBe(2);
  },
  getTask: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}", { params: task })))._read_only.csvs).toEqual(["in.csv"]),
  startTask: async () =>
    expect((await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}", { params: task })))._read_only.status).toBe("executing"),
  deleteTask: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}", { params: task })))._read_only.failure_count).toBe(2),
  getTaskInput: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}/input", { params: task, parseAs: "text" });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(String(data).split("\n")[0]).toBe("number,account_id,status");
  },
  getTaskOutput: async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}/output", { params: task, parseAs: "text" });
    expect(String(data)).toContain("+14155550100");
  },
  stopTask: async () =>
    expect((await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}/stop", { params: task })))._read_only.status).toBe(
      "stopped",
    ),
  listTaskCategories: async () => {
    const { client, sent } = recording();
    const help = await unwrap(client.GET("/tasks", { params: { query: { category: "services", action: "descendant_quantities" } } }));
    expect(new URL(sent[0]!.url).search).toBe("?category=services&action=descendant_quantities");
    expect(Object.keys(help.tasks)).toEqual(["descendant_quantities"]);
  },
  createSystemTask: async () => {
    // The JSON form: rows as records, the rate import of the tasks application.
    const created = await unwrap(
      kazoo().PUT("/tasks", {
        params: { query: { category: "rates", action: "import" } },
        body: { data: { file_name: "rates.csv", records: [{ prefix: "1", rate_cost: 0.1 }] } },
      }),
    );
    expect(created._read_only.category).toBe("number_management");
  },
  getSystemTask: async () => expect((await unwrap(kazoo().GET("/tasks/{TASK_ID}", { params: systemTask })))._read_only.id).toBe(TASK_ID),
  startSystemTask: async () =>
    expect((await unwrap(kazoo().PATCH("/tasks/{TASK_ID}", { params: systemTask })))._read_only.start_timestamp).toBe(63632456149),
  deleteSystemTask: async () =>
    expect((await unwrap(kazoo().DELETE("/tasks/{TASK_ID}", { params: systemTask })))._read_only.status).toBe("failure"),
  getSystemTaskInput: async () =>
    expect(String((await kazoo().GET("/tasks/{TASK_ID}/input", { params: systemTask, parseAs: "text" })).data)).toMatch(/^number,/),
  getSystemTaskOutput: async () =>
    expect(String((await kazoo().GET("/tasks/{TASK_ID}/output", { params: systemTask, parseAs: "text" })).data)).toMatch(/success/),
  stopSystemTask: async () =>
    expect((await unwrap(kazoo().PATCH("/tasks/{TASK_ID}/stop", { params: systemTask })))._read_only.end_timestamp).toBe(63669534747),
});

describe("task CSV download through GET with csv_name", () => {
  it("Accept: text/csv and csv_name=in.csv answers the CSV as text", async () => {
    const { client, sent } = recording();
    const { data, response } = await client.GET("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}", {
      params: { ...task, query: { csv_name: "in.csv" } },
      headers: { Accept: "text/csv" },
      parseAs: "text",
    });
    expect(new URL(sent[0]!.url).searchParams.get("csv_name")).toBe("in.csv");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(String(data)).toContain("number,account_id");
  });
  it("listTasks as CSV", async () => {
    const { data } = await kazoo().GET("/accounts/{ACCOUNT_ID}/tasks", {
      params: account,
      headers: { Accept: "text/csv" },
      parseAs: "text",
    });
    expect(String(data)).toMatch(/^id,category,action,status\n/);
  });
});

describe("task validation", () => {
  it("a task without category fails tsc and the mock refuses it", async () => {
    const error = await caught(() =>
      // @ts-expect-error category and action are required query parameters.
      kazoo().PUT("/accounts/{ACCOUNT_ID}/tasks", { params: { ...account, query: { action: "add" } }, body: { data: {} } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });
  it("records that are not objects fail tsc and the mock", async () => {
    const error = await caught(() =>
      kazoo().PUT("/tasks", {
        params: { query: { category: "rates", action: "import" } },
        // @ts-expect-error records must be objects.
        body: { data: { records: ["+14155550100"] } },
      }),
    );
    expect((error as KazooError).status).toBe(400);
  });
  it("a csv_name other than in.csv or out.csv fails tsc and the mock", async () => {
    const error = await caught(() =>
      // @ts-expect-error csv_name is in.csv or out.csv.
      kazoo().GET("/accounts/{ACCOUNT_ID}/tasks/{TASK_ID}", { params: { ...task, query: { csv_name: "x.csv" } } }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
