import type { TestProject } from "vitest/node";
import { startMock, type RunningMock } from "@callspec/mock";
import { presentVendors } from "../../scripts/lib/vendors.js";

export interface MockInfo {
  /** Base URL with the vendor's real base path, what a client is given. */
  url: string;
  origin: string;
  basePath: string;
  operations: { operationId: string; method: string; path: string }[];
}

declare module "vitest" {
  export interface ProvidedContext {
    mocks: Record<string, MockInfo>;
  }
}

/** Starts `prism mock --errors` for every vendor spec on free loopback ports; stops them after the run. */
export default async function setup(project: TestProject) {
  const running: RunningMock[] = [];
  try {
    for (const mock of await Promise.all(presentVendors().map((vendor) => startMock(vendor.name, { port: 0 })))) {
      running.push(mock);
    }
  } catch (error) {
    await Promise.all(running.map((m) => m.close()));
    throw error;
  }
  project.provide(
    "mocks",
    Object.fromEntries(running.map((m) => [m.vendor, { url: m.url, origin: m.origin, basePath: m.basePath, operations: m.operations }])),
  );
  return async () => {
    await Promise.all(running.map((m) => m.close()));
  };
}
