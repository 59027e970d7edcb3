/** The little of OpenAPI the mock needs: operations and the servers' base path. */
export interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  [key: string]: unknown;
}
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  servers?: { url: string; variables?: Record<string, { default: string }> }[];
  paths: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OperationEntry {
  operationId: string;
  method: string;
  path: string;
}

export function listOperations(document: OpenApiDocument): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (operation) out.push({ operationId: operation.operationId ?? `${method} ${path}`, method: method.toUpperCase(), path });
    }
  }
  return out;
}

/** The path part of the first server URL, with `{variables}` kept: `/v1`, `/rest/v1.0/{ClientsID}`. */
export function basePathOf(document: OpenApiDocument): string {
  const url = document.servers?.[0]?.url ?? "/";
  const withoutScheme = url.replace(/^\{[^}]+\}:\/\/|^[a-z][a-z0-9+.-]*:\/\//i, "");
  const slash = withoutScheme.indexOf("/");
  const path = slash === -1 ? "" : withoutScheme.slice(slash);
  return path.replace(/\/$/, "");
}

/**
 * The base path with each `{variable}` replaced by its server-variable default (`/rest/v1.0/1001`):
 * the URL a client is handed. The front itself accepts any value in a variable segment.
 */
export function defaultBasePathOf(document: OpenApiDocument): string {
  const variables = document.servers?.[0]?.variables ?? {};
  return basePathOf(document).replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = variables[name]?.default;
    return value === undefined ? whole : encodeURIComponent(value);
  });
}

/** The regular-expression source of a path template: the literal text escaped, each `{param}` one segment. */
export function templateSource(template: string): string {
  return template
    .split(/(\{[^}]+\})/)
    .map((part, i) => (i % 2 ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&")))
    .join("");
}
