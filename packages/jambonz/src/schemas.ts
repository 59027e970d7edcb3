import type { Readable, components } from "./generated/schema.js";

/** A schema of the spec by name, as results carry it: `JambonzSchema<"Application">`. */
export type JambonzSchema<Name extends keyof components["schemas"]> = Readable<components["schemas"][Name]>;
