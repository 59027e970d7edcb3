// x-evidence on every operation (specs/README.md): read from a bundled document for the docs, the portal and tests.
import type { OpenApiDocument } from "./spec.js";

export const EVIDENCE_LEVELS = ["recorded", "source", "documented", "inferred"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export interface Evidence {
  level: EvidenceLevel;
  source: string;
}

export interface EvidenceEntry {
  operationId: string;
  /** The operation object itself (the docs write its description). */
  operation: Record<string, unknown>;
  raw: unknown;
  /** Undefined when `x-evidence` is missing or malformed. */
  evidence: Evidence | undefined;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** The value of an `x-evidence` field when it is well formed. */
export function evidenceOf(raw: unknown): Evidence | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const { level, source } = raw as Record<string, unknown>;
  if (!EVIDENCE_LEVELS.includes(level as EvidenceLevel) || typeof source !== "string" || !source.trim()) return undefined;
  return { level: level as EvidenceLevel, source };
}

/** Every operation of `paths` and `webhooks`, with its evidence. */
export function listEvidence(document: OpenApiDocument): EvidenceEntry[] {
  const out: EvidenceEntry[] = [];
  const items = [...Object.values(document.paths ?? {}), ...Object.values((document.webhooks as Record<string, unknown>) ?? {})];
  for (const item of items as Record<string, Record<string, unknown>>[]) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const raw = operation["x-evidence"];
      out.push({ operationId: String(operation.operationId), operation, raw, evidence: evidenceOf(raw) });
    }
  }
  return out;
}

/** How many operations of a document stand at each level. */
export function countEvidence(document: OpenApiDocument): Record<EvidenceLevel, number> {
  const counts = Object.fromEntries(EVIDENCE_LEVELS.map((l) => [l, 0])) as Record<EvidenceLevel, number>;
  for (const e of listEvidence(document)) if (e.evidence) counts[e.evidence.level]++;
  return counts;
}

const LABEL: Record<EvidenceLevel, string> = {
  recorded: "recorded from a real server",
  source: "read from the vendor's code",
  documented: "from the vendor's docs",
  inferred: "inferred (no source shows it)",
};

/** Puts each operation's evidence first in its description, where Redoc shows it. */
export function withEvidenceNotes(document: OpenApiDocument): OpenApiDocument {
  for (const { operation, evidence } of listEvidence(document)) {
    if (!evidence) continue;
    const line = `**Evidence: ${evidence.level}**, ${LABEL[evidence.level]}: ${evidence.source}.`;
    const description = typeof operation.description === "string" ? operation.description : "";
    operation.description = description ? `${line}\n\n${description}` : line;
  }
  return document;
}
