import { CallspecError, basicAuth, byteLimitOf, parseBaseUrl, readWithin, redact, summarizeUrl } from "@callspec/core";
import { cookieHeader, keepCookies } from "@callspec/core";
import type { components } from "./generated/schema.js";

// The generated types mark readOnly properties `$Read<T>` (for request bodies); a message as received is plain
// data, so unwrap them as openapi-fetch does for response bodies.
type Received<T> = T extends { readonly $write: unknown }
  ? never
  : T extends { readonly $read: infer U }
    ? Received<U>
    : T extends (infer E)[]
      ? Received<E>[]
      : T extends object
        ? { [K in keyof T as NonNullable<T[K]> extends { readonly $write: unknown } ? never : K]: Received<T[K]> }
        : T;
type Schemas = components["schemas"];

/** The message each documented CometD topic carries (its `data`). */
export interface GenesysTopics {
  "/v2/me/devices": Received<Schemas["DeviceStateChangeMessage"]>;
  "/v2/me/calls": Received<Schemas["CallStateChangeMessage"]>;
  "/v2/me/chats": Received<Schemas["ChatStateChangeMessage"]> | Received<Schemas["MessageLogUpdated"]>;
  "/v2/me/emails": Received<Schemas["EmailStateChangeMessage"]>;
  "/v2/me/workitems": Received<Schemas["WorkitemStateChangeMessage"]>;
  "/v2/me/workbins": Received<Schemas["WorkbinSubscriptionStateChangeMessage"]> | Received<Schemas["WorkbinStateChangeMessage"]>;
  "/v2/me/im-sessions": Received<Schemas["IMSessionStateChangeMessage"]> | Received<Schemas["IMLogUpdateMessage"]>;
  "/v2/me/channels": Received<Schemas["ChannelStateChangeMessageV2"]>;
  "/v2/ucs/interactions": Received<Schemas["GetInteractionsHistoryMessage"]>;
}
export type GenesysTopic = keyof GenesysTopics;

/** A message as it arrives: the topic and its payload. */
export type GenesysNotification<T extends GenesysTopic = GenesysTopic> = { [K in T]: { channel: K; data: GenesysTopics[K] } }[T];

/** The CometD conversation failed: a refused handshake or subscription, or a connection that broke. */
export class NotificationError extends CallspecError {
  override name = "NotificationError";
  constructor(
    message: string,
    /** The Bayeux `error` field or HTTP status, when there was one. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

export interface GenesysNotificationsOptions {
  /** Same base URL as the REST client, e.g. `http://gws.example.com:8080/api/v2`; CometD lives at `<baseUrl>/notifications`. */
  baseUrl: string;
  username: string;
  password: string;
  /** Longest wait for one answer, a long poll included (default 60 s; GWS holds a connect for up to its timeout advice). */
  requestTimeoutMs?: number;
  /** Largest answer accepted, in decoded bytes (default 64 MiB). */
  maxResponseBytes?: number;
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Browser mode: the `credentials` of every CometD request, e.g. `"include"` for a GWS node on another origin.
   * The browser then keeps the session cookies itself; without it the client keeps them (Node, workers).
   */
  credentials?: RequestCredentials;
}

interface BayeuxMessage {
  channel: string;
  id?: string;
  clientId?: string;
  successful?: boolean;
  error?: string;
  subscription?: string;
  advice?: { reconnect?: "retry" | "handshake" | "none"; interval?: number; timeout?: number };
  data?: unknown;
  [key: string]: unknown;
}

type Listener = (message: GenesysNotification) => void;

/**
 * A small Bayeux (CometD) client over HTTP long polling: handshake with Basic auth, subscribe, a connect
 * loop that delivers each topic's messages to its listeners, and a clean disconnect. No dependencies.
 */
export class GenesysNotifications {
  private readonly url: string;
  private readonly auth: ReturnType<typeof basicAuth>;
  private readonly transport: (input: Request) => Promise<Response>;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly credentials: RequestCredentials | undefined;
  private readonly cookies = new Map<string, string>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private clientId: string | undefined;
  private nextId = 1;
  private loop: Promise<void> | undefined;
  private stopping = new AbortController();
  private readonly failureListeners = new Set<(error: NotificationError) => void>();
  private readonly closeListeners = new Set<() => void>();

  constructor(options: GenesysNotificationsOptions) {
    this.url = `${parseBaseUrl(options.baseUrl)}/notifications`;
    this.auth = basicAuth(options.username, options.password);
    this.transport = options.fetch ?? ((input) => globalThis.fetch(input));
    this.timeoutMs = options.requestTimeoutMs ?? 60_000;
    this.maxResponseBytes = byteLimitOf(options.maxResponseBytes);
    this.credentials = options.credentials;
  }

  /** Whether the handshake succeeded and no disconnect happened since. */
  get connected(): boolean {
    return this.clientId !== undefined;
  }

  /** Handshakes (once) and starts the connect loop. Rejects with NotificationError when the server refuses. */
  async connect(): Promise<void> {
    if (this.clientId) return;
    const reply = await this.exchange({
      channel: "/meta/handshake",
      version: "1.0",
      minimumVersion: "1.0",
      supportedConnectionTypes: ["long-polling"],
    });
    if (!reply?.successful || typeof reply.clientId !== "string") {
      throw new NotificationError(
        `The CometD handshake at ${summarizeUrl(this.url)} was refused${reply?.error ? `: ${this.clean(reply.error)}` : ""}.`,
        reply?.error,
      );
    }
    this.clientId = reply.clientId;
    this.loop = this.run();
  }

  /**
   * Calls `listener` with every message published on the topic; resolves once the server confirmed the
   * subscription. Returns a function that unsubscribes.
   */
  async subscribe<T extends GenesysTopic>(topic: T, listener: (message: GenesysNotification<T>) => void): Promise<() => Promise<void>> {
    await this.connect();
    const set = this.listeners.get(topic) ?? new Set<Listener>();
    const first = set.size === 0;
    set.add(listener as Listener);
    this.listeners.set(topic, set);
    if (first) {
      const reply = await this.exchange({ channel: "/meta/subscribe", clientId: this.clientId, subscription: topic });
      if (!reply?.successful) {
        set.delete(listener as Listener);
        throw new NotificationError(
          `Subscribing to ${topic} was refused${reply?.error ? `: ${this.clean(reply.error)}` : ""}.`,
          reply?.error,
        );
      }
    }
    return async () => {
      set.delete(listener as Listener);
      if (set.size === 0 && this.clientId) {
        this.listeners.delete(topic);
        await this.exchange({ channel: "/meta/unsubscribe", clientId: this.clientId, subscription: topic }).catch(() => undefined);
      }
    };
  }

  /** The topic's messages as an async iterator; leaving the loop unsubscribes. */
  async *messages<T extends GenesysTopic>(
    topic: T,
    options: { signal?: AbortSignal } = {},
  ): AsyncGenerator<GenesysNotification<T>, void, undefined> {
    const queue: GenesysNotification<T>[] = [];
    let wake: (() => void) | undefined;
    let failed: NotificationError | undefined;
    const onFailure = (error: NotificationError) => {
      failed = error;
      wake?.();
    };
    this.failureListeners.add(onFailure);
    const onAbort = () => wake?.();
    options.signal?.addEventListener("abort", onAbort);
    this.closeListeners.add(onAbort);
    const unsubscribe = await this.subscribe(topic, (message) => {
      queue.push(message);
      wake?.();
    });
    try {
      for (;;) {
        while (queue.length) yield queue.shift()!;
        if (failed) throw failed;
        if (options.signal?.aborted || !this.clientId) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    } finally {
      this.failureListeners.delete(onFailure);
      this.closeListeners.delete(onAbort);
      options.signal?.removeEventListener("abort", onAbort);
      await unsubscribe();
    }
  }

  /** Calls `listener` when the connection fails for good (the loop has stopped). */
  onFailure(listener: (error: NotificationError) => void): void {
    this.failureListeners.add(listener);
  }

  /** Sends `/meta/disconnect`, stops the loop and forgets the client id. */
  async disconnect(): Promise<void> {
    const clientId = this.clientId;
    if (!clientId) return;
    this.clientId = undefined;
    this.stopping.abort();
    await this.send([this.identify({ channel: "/meta/disconnect", clientId })], new AbortController().signal).catch(() => undefined);
    await this.loop?.catch(() => undefined);
    this.stopping = new AbortController();
    for (const wake of this.closeListeners) wake();
  }

  private async run(): Promise<void> {
    let interval = 0;
    while (this.clientId) {
      if (interval > 0) await new Promise((r) => setTimeout(r, interval));
      const connect = this.identify({ channel: "/meta/connect", clientId: this.clientId, connectionType: "long-polling" });
      let replies: BayeuxMessage[];
      try {
        replies = await this.send([connect], this.stopping.signal);
      } catch (error) {
        if (!this.clientId) return;
        this.fail(
          error instanceof NotificationError ? error : new NotificationError(`The CometD connection to ${summarizeUrl(this.url)} broke.`),
        );
        return;
      }
      // The topics' messages come first (the server's queue), then the reply to this connect.
      if (this.absorb(replies, connect.id) || !this.clientId) return;
      for (const message of replies) {
        if (message.channel === "/meta/connect" && (message.id === connect.id || message.id === undefined)) {
          interval = message.advice?.interval ?? interval;
          const reconnect = message.advice?.reconnect;
          if (reconnect === "none" || (!message.successful && reconnect !== "retry" && reconnect !== "handshake")) {
            this.fail(
              new NotificationError(
                `The CometD server ended the connection${message.error ? `: ${this.clean(message.error)}` : ""}.`,
                message.error,
              ),
            );
            return;
          }
          if (reconnect === "handshake" && !message.successful) {
            this.clientId = undefined;
            try {
              await this.connectAgain();
            } catch (error) {
              this.fail(error as NotificationError);
            }
            return;
          }
        }
      }
    }
  }

  /**
   * Hands every topic message of a response to its listeners: a CometD server may send them with the reply
   * to any request, a subscribe included, not only with a connect. A `/meta/disconnect` it sends unasked
   * ends the session (as the official client does: no new handshake); returns whether that happened.
   */
  private absorb(replies: BayeuxMessage[], replyId: string): boolean {
    let ended = false;
    for (const message of replies) {
      if (!message.channel.startsWith("/meta/")) this.deliver(message);
      else if (message.channel === "/meta/disconnect" && message.id !== replyId && message.successful !== false) ended = true;
    }
    if (ended && this.clientId) {
      this.clientId = undefined;
      this.stopping.abort(); // a connect still held
      this.stopping = new AbortController();
      for (const wake of this.closeListeners) wake();
    }
    return ended;
  }

  /** Sends one message and returns the server's reply to it (matched by id), delivering what came with it. */
  private async exchange(message: { channel: string; [key: string]: unknown }): Promise<BayeuxMessage | undefined> {
    const sent = this.identify(message);
    const replies = await this.send([sent]);
    this.absorb(replies, sent.id);
    return (
      replies.find((m) => m.channel === sent.channel && m.id === sent.id) ??
      replies.find((m) => m.channel === sent.channel && m.id === undefined)
    );
  }

  private identify(message: { channel: string; [key: string]: unknown }): BayeuxMessage & { id: string } {
    return { ...message, id: String(this.nextId++) };
  }

  /** After `reconnect: handshake`: a new handshake, and the subscriptions again. */
  private async connectAgain(): Promise<void> {
    await this.connect();
    for (const topic of this.listeners.keys()) {
      await this.exchange({ channel: "/meta/subscribe", clientId: this.clientId, subscription: topic });
    }
  }

  private deliver(message: BayeuxMessage): void {
    const set = this.listeners.get(message.channel);
    if (!set) return;
    const notification = { channel: message.channel, data: message.data } as GenesysNotification;
    for (const listener of [...set]) listener(notification);
  }

  private fail(error: NotificationError): void {
    this.clientId = undefined;
    for (const listener of this.failureListeners) listener(error);
  }

  private clean(text: string): string {
    return redact(String(text), [...this.auth.secrets(), ...this.cookies.values()]);
  }

  private async send(messages: BayeuxMessage[], signal?: AbortSignal): Promise<BayeuxMessage[]> {
    const body = JSON.stringify(messages);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const request = new Request(this.url, {
      method: "POST",
      headers: { "Content-Type": "application/json;charset=UTF-8" },
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      // Every request carries the Basic credentials and the session cookies: a redirect is never followed.
      redirect: "manual",
      ...(this.credentials ? { credentials: this.credentials } : {}),
    });
    this.auth.apply(request);
    const cookie = this.credentials ? undefined : cookieHeader(this.cookies);
    if (cookie) request.headers.set("Cookie", cookie);
    const where = summarizeUrl(this.url);
    let response: Response;
    let bytes: Uint8Array | undefined;
    try {
      response = await this.transport(request);
      if (!this.credentials) keepCookies(this.cookies, response.headers);
      if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
        await response.body?.cancel();
        throw new NotificationError(
          `The CometD endpoint ${where} answered with a redirect, which is not followed.`,
          String(response.status),
        );
      }
      // Read under the same time limit and signal, so that a body cut off or held open is a NotificationError.
      bytes = await readWithin(response, this.maxResponseBytes);
    } catch (error) {
      if (signal?.aborted || error instanceof NotificationError) throw error;
      throw new NotificationError(`No answer from the CometD endpoint ${where}${timeout.aborted ? ` within ${this.timeoutMs} ms` : ""}.`);
    }
    if (!bytes) throw new NotificationError(`The CometD endpoint ${where} answered more than ${this.maxResponseBytes} bytes.`);
    const text = new TextDecoder().decode(bytes);
    if (!response.ok) {
      throw new NotificationError(
        `The CometD endpoint ${summarizeUrl(this.url)} answered ${response.status}${text ? `: ${this.clean(text.slice(0, 200))}` : ""}.`,
        String(response.status),
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new NotificationError(
        `The CometD endpoint ${summarizeUrl(this.url)} answered with a body that is not JSON: ` +
          `${JSON.stringify(this.clean(text.slice(0, 200)))}`,
      );
    }
    return (Array.isArray(parsed) ? parsed : [parsed]) as BayeuxMessage[];
  }
}

/** A notifications client for the agent the credentials belong to. Call `connect()` or just `subscribe()`. */
export function createGenesysNotifications(options: GenesysNotificationsOptions): GenesysNotifications {
  return new GenesysNotifications(options);
}
