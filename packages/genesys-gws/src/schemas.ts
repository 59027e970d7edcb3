import type { Readable, components } from "./generated/schema.js";

/** A schema of the spec by name, as results carry it: `GenesysSchema<"Call">`. */
export type GenesysSchema<Name extends keyof components["schemas"]> = Readable<components["schemas"][Name]>;
