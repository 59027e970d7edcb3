import { describe, expect, it } from "vitest";
import { mockOf } from "../support/mocks.js";

/** A raw request to a running mock: the body as the vendor would send it, without any client's decoding. */
async function send(vendor: string, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const { url } = mockOf(vendor);
  const answer = await fetch(`${url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  return {
    status: answer.status,
    type: answer.headers.get("content-type"),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

describe("an invalid request is answered in the vendor's error shape, naming what is wrong", () => {
  it("jambonz: {msg} lists each missing field of POST /Applications", async () => {
    const answer = await send("jambonz", "POST", "/Applications", { Authorization: "Bearer test-key" }, { name: "app" });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body!)).toEqual(["msg"]);
    const msg = String(answer.body!.msg);
    for (const field of ["account_sid", "call_hook", "call_status_hook"]) expect(msg).toContain(`body.${field}`);
    expect(msg).not.toContain("body.name:");
    expect(msg).toContain("(required)");
  });

  it("kazoo: the 400 envelope keys data by field and keyword, in Kazoo's own words", async () => {
    const answer = await send(
      "kazoo",
      "PUT",
      "/accounts/4b31dd1d32ce6d249897c06332375d65/devices",
      { "X-Auth-Token": "test-token" },
      { data: { name: 12 } },
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: "400", message: "validation failed", status: "error" });
    expect(answer.body!.data).toEqual({ name: { type: { message: "Value did not match type(s): string" } } });
  });

  it("kazoo: a missing field is `required` under its own name", async () => {
    const answer = await send(
      "kazoo",
      "PUT",
      "/accounts/4b31dd1d32ce6d249897c06332375d65/users",
      { "X-Auth-Token": "t" },
      { data: { first_name: "Ada" } },
    );
    expect(answer.status).toBe(400);
    expect(answer.body!.data).toMatchObject({ last_name: { required: { message: "Field is required but missing" } } });
    expect(answer.body!.data).not.toHaveProperty("first_name");
  });

  it("genesys-gws: statusCode 1 and a statusMessage naming the missing parameter", async () => {
    const { url } = mockOf("genesys-gws");
    const auth = { Authorization: `Basic ${btoa("ksippo:EXAMPLE-password")}` };
    // A write needs the session GWS hands out on a GET.
    const me = await fetch(`${url}/me`, { headers: auth });
    await me.arrayBuffer();
    const cookie = me.headers.get("set-cookie")!.split(";")[0]!;
    const token = me.headers.get("x-csrf-token")!;
    const answer = await send(
      "genesys-gws",
      "POST",
      "/me/calls/007202b64bc0d0e5",
      { ...auth, Cookie: cookie, "X-CSRF-TOKEN": token },
      { operationName: "SingleStepTransfer" },
    );
    expect(answer.status).toBe(400);
    expect(answer.body!.statusCode).toBe(1);
    expect(String(answer.body!.statusMessage)).toContain("destination");
    expect(Object.keys(answer.body!).sort()).toEqual(["statusCode", "statusMessage"]);
  });

  it("jtel: {status, error} with the query parameter that is wrong", async () => {
    const answer = await send("jtel", "GET", "/dialler/contacts?diallerCampaignsID=many", { Authorization: "Bearer t" });
    expect(answer.status).toBe(400);
    expect(answer.body!.status).toBe(400);
    expect(String(answer.body!.error).toLowerCase()).toContain("diallercampaignsid");
  });

  it("telphin: {message} with the body field that is wrong", async () => {
    const answer = await send(
      "telphin",
      "POST",
      "/client/@me/extension/",
      { Authorization: "Bearer t" },
      { name: "300", type: "fax-machine" },
    );
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body!)).toEqual(["message"]);
    expect(String(answer.body!.message)).toContain("body.type");
  });

  it("a missing credential gets the vendor's own 401", async () => {
    const kazoo = await send("kazoo", "GET", "/accounts/4b31dd1d32ce6d249897c06332375d65/devices", {});
    expect(kazoo.status).toBe(401);
    expect(kazoo.body).toMatchObject({ error: "401", message: "invalid_credentials" });
    const telphin = await send("telphin", "GET", "/client/@me/extension/", {});
    expect(telphin.status).toBe(401);
    expect(telphin.body).toEqual({ message: "Unauthorized" });
  });

  it("the violations stay in sl-violations too, as Prism sends them", async () => {
    const { url } = mockOf("jambonz");
    const answer = await fetch(`${url}/Applications`, {
      method: "POST",
      headers: { Authorization: "Bearer k", "content-type": "application/json" },
      body: "{}",
    });
    await answer.arrayBuffer();
    const violations = JSON.parse(answer.headers.get("sl-violations")!) as { location: string[]; code: string }[];
    expect(violations).toContainEqual(expect.objectContaining({ location: ["request", "body"], code: "required" }));
  });
});
