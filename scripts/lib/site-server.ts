import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { repoRoot, UsageError } from "./vendors.js";

const siteDir = join(repoRoot, "site");
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".json": "application/json", ".yaml": "application/yaml" };

/** Serves site/ read-only on host:port (0 picks a free port). */
export function serveSite(port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://site").pathname);
    } catch {
      // `GET /%`: a path that is not valid percent-encoding names no file; the server keeps serving.
      res.writeHead(400, { "content-type": "text/plain" }).end("Bad request: malformed percent-encoding in the path");
      return;
    }
    let file = normalize(join(siteDir, path));
    if (file !== siteDir && !file.startsWith(siteDir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
  server.on("clientError", (_error, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new UsageError(`Port ${port} on ${host} (the docs site) is already in use: is another \`pnpm start\` running?`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve(server));
  });
}
