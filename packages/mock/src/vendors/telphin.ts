// Telphin: `{message}`; `POST /oauth/token` issues the tokens the other routes then accept (stateful mode).
import { describe, header, randomHex, type VendorProfile } from "./types.js";

export const telphin: VendorProfile = {
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
