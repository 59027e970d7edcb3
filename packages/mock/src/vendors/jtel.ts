// jtel: `{status, error}`, the status repeated in the body.
import { describe, type VendorProfile } from "./types.js";

export const jtel: VendorProfile = {
  invalid: (status, violations) => ({ status, body: { status, error: describe(violations) } }),
  notFound: () => ({ status: 404, body: { status: 404, error: "Object not found" } }),
};
