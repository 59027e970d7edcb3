import { genesysGws } from "./genesys-gws.js";
import { jambonz } from "./jambonz.js";
import { jtel } from "./jtel.js";
import { kazoo } from "./kazoo.js";
import { telphin } from "./telphin.js";
import { describe, type VendorProfile } from "./types.js";

const profiles: Record<string, VendorProfile> = { jambonz, kazoo, "genesys-gws": genesysGws, jtel, telphin };

/** A vendor's rules; a spec without a profile of its own gets a plain `{message}` error body. */
export function profileOf(vendor: string): VendorProfile {
  return (
    profiles[vendor] ?? {
      invalid: (status, violations) => ({ status, body: { message: describe(violations) } }),
      notFound: () => ({ status: 404 }),
    }
  );
}
