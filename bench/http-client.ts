import { connect, type Socket } from "node:net";

/**
 * A bare HTTP/1.1 keep-alive client for load generation. The bench runs on the same two cores as
 * the API and PostgreSQL, so every millisecond the client spends is taken from what it measures:
 * undici cost ~0.25 ms of CPU per request here, this ~0.1 ms. It speaks only what the API answers
 * with: one request at a time per connection, responses with a Content-Length or chunked.
 * A compressed answer comes back as its raw bytes' length in `body` (not decoded).
 */
export class LeanHttpClient {
  private readonly idle: Connection[] = [];

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  async post(path: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
    return this.send("POST", path, headers, body);
  }

  /** A GET; a compressed answer comes back as its raw bytes' length in `body` (not decoded). */
  async get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return this.send("GET", path, headers, null);
  }

  private async send(method: string, path: string, headers: Record<string, string>, body: string | null) {
    let connection = this.idle.pop();
    // The server closes connections that sat idle (keepAliveTimeout) between runs.
    while (connection !== undefined && !connection.reusable) connection = this.idle.pop();
    connection ??= await Connection.open(this.host, this.port);
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("");
    const length = body === null ? "" : `content-length: ${Buffer.byteLength(body)}\r\n`;
    const request = `${method} ${path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\n${head}${length}\r\n${body ?? ""}`;
    const response = await connection.send(request);
    if (connection.reusable) this.idle.push(connection);
    return response;
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.socket.destroy();
  }
}

class Connection {
  reusable = true;
  private buffered: Buffer | null = null;
  private waiting: { resolve: (r: { status: number; body: string }) => void; reject: (e: Error) => void } | null = null;

  private constructor(readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.received(chunk));
    socket.on("close", () => this.failed(new Error("the server closed the connection")));
    socket.on("error", (error: Error) => this.failed(error));
  }

  static open(host: string, port: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port }, () => {
        socket.off("error", reject);
        resolve(new Connection(socket));
      });
      socket.once("error", reject);
    });
  }

  send(request: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(request);
    });
  }

  private received(chunk: Buffer): void {
    this.buffered = this.buffered === null ? chunk : Buffer.concat([this.buffered, chunk]);
    const headEnd = this.buffered.indexOf("\r\n\r\n");
    if (headEnd < 0) return;
    const head = this.buffered.toString("latin1", 0, headEnd);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    let end: number;
    let body: string;
    if (length !== null) {
      end = headEnd + 4 + Number(length[1]);
      if (this.buffered.length < end) return;
      body = this.buffered.toString("utf8", headEnd + 4, end);
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      // Compressed pages and GraphQL answers come chunked: walk the chunk sizes to the last (0) chunk.
      const encoded = /\r\ncontent-encoding:/i.test(head);
      const parts: Buffer[] = [];
      let at = headEnd + 4;
      let size = 0;
      for (;;) {
        const lineEnd = this.buffered.indexOf("\r\n", at);
        if (lineEnd < 0) return;
        const chunk = parseInt(this.buffered.toString("latin1", at, lineEnd), 16);
        if (this.buffered.length < lineEnd + 2 + chunk + 2) return;
        if (!encoded) parts.push(this.buffered.subarray(lineEnd + 2, lineEnd + 2 + chunk));
        at = lineEnd + 2 + chunk + 2;
        size += chunk;
        if (chunk === 0) break;
      }
      end = at;
      body = encoded ? String(size) : Buffer.concat(parts).toString("utf8");
    } else {
      return this.failed(new Error("a response without a Content-Length or chunks"));
    }
    this.buffered = this.buffered.length > end ? this.buffered.subarray(end) : null;
    if (/\r\nconnection: *close/i.test(head)) this.reusable = false;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ status: Number(head.slice(9, 12)), body });
  }

  private failed(error: Error): void {
    this.reusable = false;
    this.socket.destroy();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}
