// jambonz: `{msg}` for a refused request, POST answers `{sid}`, GET by sid, PUT updates, DELETE answers 204.
import { describe, type VendorProfile } from "./types.js";

export const jambonz: VendorProfile = {
  invalid: (status, violations) => ({ status, body: { msg: describe(violations) } }),
  // The spec's 404 is `text/plain` "Not Found" (model routes send it empty, Calls and ApiKeys with this text).
  notFound: () => ({ status: 404, body: "Not Found" }),
  resources: {
    createMethod: "POST",
    newId: () => globalThis.crypto.randomUUID(),
    // `ApplicationSid` → `application_sid`.
    idField: (param) => param.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase(),
    itemOf: (body) => (body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined),
    update: (method) => (method === "PUT" ? "merge" : undefined),
    created: "id",
    deleted: "empty",
  },
};
