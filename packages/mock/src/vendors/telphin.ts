// Telphin: `{message}`; `POST /oauth/token` issues the tokens the other routes then accept (stateful mode);
// collections end in a slash (`/client/{client_id}/extension/`), items do not, ids are numbers.
import { describe, header, randomHex, type VendorProfile } from "./types.js";

let lastId = 100_000;

export const telphin: VendorProfile = {
  resources: {
    createMethod: "POST",
    newId: () => ++lastId,
    idField: () => "id",
    itemOf: (body) => (body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined),
    update: (method) => (method === "PUT" ? "merge" : undefined),
    created: "item",
    deleted: "empty",
  },
  invalid: (status, violations) => ({ status, body: { message: describe(violations) } }),
  notFound: () => ({ status: 404, body: { message: "Not found" } }),
  tokens: {
    issue(method, path, body) {
      if (method !== "POST" || path !== "/oauth/token" || !body || typeof body !== "object") return undefined;
      const token = randomHex(20);
      return { token, body: { ...(body as object), access_token: token } };
    },
    carried: (request) => header(request, "authorization")?.replace(/^Bearer\s+/i, ""),
    refused: () => ({ status: 401, body: { message: "Unauthorized" } }),
  },
};
