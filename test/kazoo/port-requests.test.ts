import { KazooChargesError, KazooError, KazooPaymentError, unwrap } from "@callspec/kazoo";
import { describe, expect, it } from "vitest";
import { caught } from "../support/mocks.js";
import { ACCOUNT_ID, account, kazoo, operations, rawBody } from "./client.js";

/** A client that records the requests it sends. */
function spied() {
  const sent: Request[] = [];
  const client = kazoo();
  client.use({ onRequest: ({ request }) => void sent.push(request.clone()) });
  return { client, last: () => sent[sent.length - 1], url: () => new URL(sent[sent.length - 1]?.url ?? "about:blank") };
}

const PORT_REQUEST_ID = "462da37f8be11e46161fb40bc71173a9";
const ATTACHMENT_ID = "loa.pdf";
const port = { path: { ACCOUNT_ID, PORT_REQUEST_ID } };
const attachment = { path: { ACCOUNT_ID, PORT_REQUEST_ID, ATTACHMENT_ID } };
const request = { name: "Porting 202.555.9000", numbers: { "+12025559000": {} } };

operations({
  listManagedPortRequests: async () => {
    const { client, url } = spied();
    const groups = await unwrap(client.GET("/port_requests", { params: { query: { by_types: "pending,scheduled" } } }));
    expect(url().pathname).toBe("/v2/port_requests");
    expect(url().searchParams.get("by_types")).toBe("pending,scheduled");
    expect(groups[0]).toMatchObject({ account_name: "Example Corp" });
  },
  listDescendantPortRequests: async () => {
    const { client, url } = spied();
    await unwrap(client.GET("/accounts/{ACCOUNT_ID}/descendants/port_requests", { params: account }));
    expect(url().pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/descendants/port_requests`);
  },
  listPortRequests: async () => {
    const { client, url } = spied();
    const rows = await unwrap(
      client.GET("/accounts/{ACCOUNT_ID}/port_requests", { params: { ...account, query: { by_number: "+12025559000" } } }),
    );
    expect(url().searchParams.get("by_number")).toBe("+12025559000");
    // Grouped by account, each group holding its port requests.
    expect(rows[0]).toMatchObject({ account_id: ACCOUNT_ID, port_requests: [{ port_state: "unconfirmed" }] });
  },
  createPortRequest: async () => {
    const { data, response } = await kazoo().PUT("/accounts/{ACCOUNT_ID}/port_requests", { params: account, body: { data: request } });
    expect(response.status).toBe(201);
    expect(data?.data._read_only?.port_authority_name).toBe("Example Telecom");
  },
  listLastSubmittedPortRequests: async () => {
    const rows = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/port_requests/last_submitted", { params: account }));
    expect(rows[0]?.transition?.transition.new).toBe("submitted");
  },
  getPortRequest: async () =>
    expect((await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}", { params: port }))).numbers).toHaveProperty(
      "+12025559000",
    ),
  replacePortRequest: async () => {
    const stored = await unwrap(
      kazoo().POST("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}", {
        params: port,
        body: { data: { ...request, numbers: { "+12025559000": { state: "NY" } } } },
      }),
    );
    expect(stored.numbers?.["+12025559000"]).toEqual({ state: "NY" });
  },
  updatePortRequest: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}", {
            params: port,
            body: { data: { reference_number: "apc-8535937-gtk123" } },
          }),
        )
      ).reference_number,
    ).toBe("apc-8535937-gtk123"),
  deletePortRequest: async () =>
    expect((await unwrap(kazoo().DELETE("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}", { params: port }))).id).toBe(
      PORT_REQUEST_ID,
    ),
  listPortRequestAttachments: async () =>
    expect(
      (await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/attachments", { params: port })))["loa.pdf"]
        ?.length,
    ).toBe(90931),
  addPortRequestAttachment: async () => {
    const { client, last, url } = spied();
    const { response } = await client.PUT("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/attachments", {
      params: { ...port, query: { filename: "loa.pdf" } },
      ...rawBody("application/pdf"),
    });
    expect(response.status).toBe(201);
    expect(url().searchParams.get("filename")).toBe("loa.pdf");
    // The file goes as it is, not wrapped in the data envelope.
    expect(last()?.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await (last() as Request).arrayBuffer())).toEqual(new Uint8Array([0x49, 0x44, 0x33, 0x04]));
  },
  getPortRequestAttachment: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/attachments/{ATTACHMENT_ID}", {
      params: attachment,
      headers: { Accept: "application/pdf" },
      parseAs: "arrayBuffer",
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/pdf/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
  replacePortRequestAttachment: async () => {
    const { response } = await kazoo().POST("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/attachments/{ATTACHMENT_ID}", {
      params: attachment,
      ...rawBody("application/pdf"),
    });
    expect(response.status).toBe(200);
  },
  deletePortRequestAttachment: async () =>
    expect(
      await unwrap(
        kazoo().DELETE("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/attachments/{ATTACHMENT_ID}", { params: attachment }),
      ),
    ).toEqual({}),
  submitPortRequest: async () => {
    const { client, url } = spied();
    const moved = await unwrap(
      client.PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/submitted", {
        params: port,
        body: { data: { reason: "Ready" } },
      }),
    );
    expect(url().pathname).toBe(`/v2/accounts/${ACCOUNT_ID}/port_requests/${PORT_REQUEST_ID}/submitted`);
    expect(moved.port_state).toBe("submitted");
  },
  markPendingPortRequest: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/pending", { params: port }))).port_state,
    ).toBe("pending"),
  schedulePortRequest: async () => {
    const moved = await unwrap(
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/scheduled", {
        params: port,
        body: { data: { schedule_on: { timezone: "America/Los_Angeles", date_time: "2017-06-24 12:00" } } },
      }),
    );
    expect(moved.scheduled_date).toBe(63658292400);
  },
  completePortRequest: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/completed", { params: port }))).port_state,
    ).toBe("completed"),
  rejectPortRequest: async () =>
    expect(
      (
        await unwrap(
          kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/rejected", {
            params: port,
            body: { data: { reason: "Wrong BTN" } },
          }),
        )
      ).port_state,
    ).toBe("rejected"),
  cancelPortRequest: async () =>
    expect(
      (await unwrap(kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/canceled", { params: port }))).port_state,
    ).toBe("canceled"),
  getPortRequestLoa: async () => {
    const { data, response } = await kazoo().GET("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/loa", {
      params: port,
      parseAs: "arrayBuffer",
    });
    expect(response.headers.get("content-type")).toMatch(/pdf/);
    expect(data).toBeInstanceOf(ArrayBuffer);
  },
  getPortRequestTimeline: async () => {
    const timeline = await unwrap(kazoo().GET("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/timeline", { params: port }));
    const [first, second] = timeline;
    expect(first && "type" in first ? first.type : undefined).toBe("transition");
    expect(second && "content" in second ? second.action_required : undefined).toBe(true);
  },
});

describe("port_requests: charges and bad requests", () => {
  it("submitting answers 402 accept charges: KazooChargesError with the charges, then accept_charges goes through", async () => {
    const { client, last } = spied();
    const error = await caught(() =>
      client.PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/submitted", {
        params: port,
        body: { data: { reason: "Ready" } },
        headers: { Prefer: "code=402, example=acceptCharges" },
      }),
    );
    expect(error).toBeInstanceOf(KazooChargesError);
    expect((error as KazooChargesError).vendorCode).toBe("accept charges");
    expect((error as KazooChargesError).charges.activation_charges).toBe(10);
    const moved = await unwrap(
      client.PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/submitted", {
        params: port,
        body: { data: { reason: "Ready" }, accept_charges: true },
      }),
    );
    expect(await last()?.json()).toEqual({ data: { reason: "Ready" }, accept_charges: true });
    expect(moved.port_state).toBe("submitted");
  });

  it("a state change whose notification fails answers 502 bad_gateway, decoded into a KazooError", async () => {
    const error = await caught(() =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/pending", {
        params: port,
        body: { data: { reason: "Documents checked" } },
        headers: { Prefer: "code=502" },
      }),
    );
    expect(error).toBeInstanceOf(KazooError);
    const { status, vendorCode, vendorMessage } = error as KazooError;
    expect([status, vendorCode, vendorMessage]).toEqual([502, "bad_gateway", "failed to send port state change email notification"]);
  });

  it("charging that fails answers 402 no_credit: a KazooPaymentError, not charges to accept", async () => {
    const error = await caught(() =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/submitted", {
        params: port,
        body: { data: { reason: "Ready" }, accept_charges: true },
        headers: { Prefer: "code=402, example=noCredit" },
      }),
    );
    expect(error).toBeInstanceOf(KazooPaymentError);
    expect(error).not.toBeInstanceOf(KazooChargesError);
    expect([(error as KazooPaymentError).reason, (error as KazooPaymentError).vendorMessage]).toEqual([
      "no_credit",
      "not enough credit to perform action",
    ]);
  });

  it("a port request without numbers fails to compile and the mock refuses it with 400", async () => {
    const error = await caught(() =>
      // @ts-expect-error numbers is required by the port_requests schema
      kazoo().PUT("/accounts/{ACCOUNT_ID}/port_requests", { params: account, body: { data: { name: "Porting 202.555.9000" } } }),
    );
    expect(error).toBeInstanceOf(KazooError);
    expect((error as KazooError).status).toBe(400);
  });

  it("scheduling without a date is refused with 400", async () => {
    const error = await caught(() =>
      kazoo().PATCH("/accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}/scheduled", {
        params: port,
        body: { data: { reason: "soon" } },
      }),
    );
    expect((error as KazooError).status).toBe(400);
  });
});
