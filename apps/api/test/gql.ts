/** A GraphQL-over-HTTP client with a cookie jar, as a browser or a script would talk to the API. */
export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string>; [k: string]: unknown };
  path?: (string | number)[];
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors: GqlError[] | undefined;
}

export class GqlClient {
  private cookies = new Map<string, string>();
  bearer: string | null = null;
  /** Sent as User-Agent when set (fetch's own is "node"). */
  userAgent: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (this.bearer !== null) headers.authorization = `Bearer ${this.bearer}`;
    if (this.userAgent !== null) headers["user-agent"] = this.userAgent;
    const res = await fetch(`${this.baseUrl}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (attrs.some((a) => a.trim().toLowerCase() === "max-age=0")) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || res.data === null) {
      throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res)}`);
    }
    return res.data;
  }

  /** Runs an operation that must fail and returns its first error. */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
    const res = await this.request(query, variables);
    const error = res.errors?.[0];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
    return error;
  }

  hasSession(): boolean {
    return this.cookies.has("sid");
  }

  /** The cookie as the jar holds it (as the browser would send it back). */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Puts a cookie in the jar, as another site on the same domain could. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }
}
