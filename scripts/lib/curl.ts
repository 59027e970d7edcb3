// The strict curl the samples are written in, read back so that a test can replay a sample with fetch: words,
// 'single' and "double" quotes, $NAME and ${NAME} inside double quotes, `\` line continuations, and the flags
// -X, -H, -u, --data-raw, --data-binary @file and -F name=@file. Anything else is refused, not guessed at.

export class CurlSyntaxError extends Error {
  override name = "CurlSyntaxError";
}

/** Splits a command line as a POSIX shell would, for the subset above; `variables` fill in `$NAME`. */
export function tokenizeCurl(text: string, variables: Record<string, string> = {}): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const expand = (name: string) => {
    const value = variables[name];
    if (value === undefined) throw new CurlSyntaxError(`$${name} is not set`);
    return value;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (c === "\n" && text.slice(i + 1).trim() !== "") throw new CurlSyntaxError("a line break without `\\`: one command only");
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new CurlSyntaxError("unterminated single quote");
      word = (word ?? "") + text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let out = "";
      for (i++; ; ) {
        if (i >= text.length) throw new CurlSyntaxError("unterminated double quote");
        const d = text[i]!;
        if (d === '"') break;
        if (d === "\\" && /["\\$]/.test(text[i + 1] ?? "")) {
          out += text[i + 1];
          i += 2;
        } else if (d === "$") {
          const match = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})/.exec(text.slice(i));
          if (!match) throw new CurlSyntaxError(`unsupported expansion at ${JSON.stringify(text.slice(i, i + 8))}`);
          out += expand((match[1] ?? match[2])!);
          i += match[0].length;
        } else if (d === "`" || d === "\\") {
          throw new CurlSyntaxError(`unsupported character ${JSON.stringify(d)} in double quotes`);
        } else {
          out += d;
          i++;
        }
      }
      word = (word ?? "") + out;
      i++;
    } else if (/[\w./:@=,+%-]/.test(c)) {
      word = (word ?? "") + c;
      i++;
    } else {
      throw new CurlSyntaxError(`unsupported shell syntax ${JSON.stringify(c)} at offset ${i}`);
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

export type CurlBody = { kind: "raw"; text: string } | { kind: "file"; file: string } | { kind: "form"; fields: [string, string][] };

export interface CurlRequest {
  method: string;
  url: string;
  headers: [string, string][];
  /** `-u user:password`, as curl sends it: HTTP Basic. */
  user?: string;
  body?: CurlBody;
}

/** The request a tokenized curl command sends; refuses any flag outside the samples' subset. */
export function parseCurl(text: string, variables: Record<string, string> = {}): CurlRequest {
  const words = tokenizeCurl(text, variables);
  if (words[0] !== "curl") throw new CurlSyntaxError("not a curl command");
  let method: string | undefined;
  let url: string | undefined;
  let user: string | undefined;
  let body: CurlBody | undefined;
  const headers: [string, string][] = [];
  const form: [string, string][] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const value = () => {
      const v = words[++i];
      if (v === undefined) throw new CurlSyntaxError(`${word} needs a value`);
      return v;
    };
    const setBody = (b: CurlBody) => {
      if (body) throw new CurlSyntaxError("more than one body");
      body = b;
    };
    switch (word) {
      case "-X": {
        const m = value();
        if (!/^[A-Z]+$/.test(m)) throw new CurlSyntaxError(`odd method ${m}`);
        method = m;
        break;
      }
      case "-H": {
        const header = value();
        const colon = header.indexOf(":");
        if (colon < 1) throw new CurlSyntaxError(`header without a name: ${header}`);
        headers.push([header.slice(0, colon).trim(), header.slice(colon + 1).trim()]);
        break;
      }
      case "-u":
        user = value();
        if (!user.includes(":")) throw new CurlSyntaxError("-u needs user:password (curl would prompt)");
        break;
      case "--data-raw":
        setBody({ kind: "raw", text: value() });
        break;
      case "--data-binary": {
        const file = value();
        if (!file.startsWith("@")) throw new CurlSyntaxError("--data-binary takes @file in the samples");
        setBody({ kind: "file", file: file.slice(1) });
        break;
      }
      case "-F": {
        const field = /^([\w.-]+)=@([\w.-]+)$/.exec(value());
        if (!field) throw new CurlSyntaxError("-F takes name=@file in the samples");
        form.push([field[1]!, field[2]!]);
        break;
      }
      default:
        if (word.startsWith("-")) throw new CurlSyntaxError(`unsupported option ${word}`);
        if (url !== undefined) throw new CurlSyntaxError(`a second URL: ${word}`);
        if (!/^https?:\/\//.test(word)) throw new CurlSyntaxError(`not an http(s) URL: ${word}`);
        url = word;
    }
  }
  if (form.length) {
    if (body) throw new CurlSyntaxError("-F with another body");
    body = { kind: "form", fields: form };
  }
  if (!method) throw new CurlSyntaxError("no -X: the samples always name the method");
  if (!url) throw new CurlSyntaxError("no URL");
  return { method, url, headers, ...(user !== undefined ? { user } : {}), ...(body ? { body } : {}) };
}

/** The fetch arguments of a parsed curl request; `files` holds the bytes of the files it uploads. */
export function toFetch(request: CurlRequest, files: Record<string, Uint8Array<ArrayBuffer>> = {}): [string, RequestInit] {
  const headers = new Headers(request.headers);
  if (request.user !== undefined) headers.set("Authorization", `Basic ${btoa(request.user)}`);
  const fileOf = (name: string) => {
    const bytes = files[name];
    if (!bytes) throw new CurlSyntaxError(`no file ${name} to upload`);
    return bytes;
  };
  let body: BodyInit | undefined;
  const b = request.body;
  if (b?.kind === "raw") {
    body = b.text;
    // curl's default for -d without a Content-Type.
    if (!headers.has("content-type")) headers.set("Content-Type", "application/x-www-form-urlencoded");
  } else if (b?.kind === "file") body = new Blob([fileOf(b.file)]);
  else if (b?.kind === "form") {
    const form = new FormData();
    for (const [name, file] of b.fields) form.append(name, new Blob([fileOf(file)]), file);
    body = form;
  }
  return [request.url, { method: request.method, headers, ...(body !== undefined ? { body } : {}) }];
}
