import type { GenesysClient, GenesysSchema } from "@callspec/genesys-gws";
import type { JambonzClient, JambonzSchema } from "@callspec/jambonz";
import type { JtelClient, JtelSchema } from "@callspec/jtel";
import type { KazooClient, KazooSchema } from "@callspec/kazoo";
import type { TelphinClient, TelphinSchema } from "@callspec/telphin";
import { describe, expectTypeOf, it } from "vitest";

// Checked by tsc, never run: what a user's code holds after a call, named by schema.
declare const jambonz: JambonzClient;
declare const kazoo: KazooClient;
declare const gws: GenesysClient;
declare const jtel: JtelClient;
declare const telphin: TelphinClient;

async function held() {
  const { data: applications } = await jambonz.GET("/Applications");
  const { data: device } = await kazoo.GET("/accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}", {
    params: { path: { ACCOUNT_ID: "", DEVICE_ID: "" } },
  });
  const { data: call } = await gws.GET("/me/calls/{callId}", { params: { path: { callId: "" } } });
  const { data: users } = await jtel.GET("/users");
  const { data: extension } = await telphin.GET("/client/{client_id}/extension/{extension_id}", {
    params: { path: { client_id: "@me", extension_id: 1 } },
  });
  // Without page and page_size the answer is the bare list; with them, an ApplicationsPage.
  return { applications: applications!, device: device!.data, call: call!.call!, users: users!, extension: extension! };
}
type Held = Awaited<ReturnType<typeof held>>;

describe("each vendor's named schema types hold what its client returns", () => {
  it("jambonz: GET /Applications fits JambonzSchema<'Application'>[] or an ApplicationsPage, not another schema", () => {
    expectTypeOf<Held["applications"]>().not.toBeNever();
    expectTypeOf<Held["applications"]>().toExtend<JambonzSchema<"Application">[] | JambonzSchema<"ApplicationsPage">>();
    expectTypeOf<Extract<Held["applications"], unknown[]>>().toExtend<JambonzSchema<"Application">[]>();
    expectTypeOf<Held["applications"]>().not.toExtend<JambonzSchema<"SuccessfulLogin">[]>();
  });
  it("kazoo: the envelope data of GET a device fits KazooSchema<'Device'>", () => {
    expectTypeOf<Held["device"]>().not.toBeNever();
    expectTypeOf<Held["device"]>().toExtend<KazooSchema<"Device">>();
    expectTypeOf<Held["device"]>().not.toExtend<KazooSchema<"User">>();
  });
  it("genesys-gws: the call of GET /me/calls/{callId} fits GenesysSchema<'Call'>", () => {
    expectTypeOf<Held["call"]>().not.toBeNever();
    expectTypeOf<Held["call"]>().toExtend<GenesysSchema<"Call">>();
    expectTypeOf<Held["call"]>().not.toExtend<GenesysSchema<"Failure">>();
  });
  it("jtel: GET /users fits JtelSchema<'UserList'>", () => {
    expectTypeOf<Held["users"]>().not.toBeNever();
    expectTypeOf<Held["users"]>().toExtend<JtelSchema<"UserList">>();
  });
  it("telphin: GET an extension fits TelphinSchema<'Extension'>", () => {
    expectTypeOf<Held["extension"]>().not.toBeNever();
    expectTypeOf<Held["extension"]>().toExtend<TelphinSchema<"Extension">>();
  });
});
