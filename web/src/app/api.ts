import type { ApiErrorBody } from '@zhifa/contracts';

/**
 * The one way the web app talks to the server. Errors become `ApiError` carrying the server's `code`;
 * callers switch on the code, never on the message text.
 */

export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'CSRF'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** A procedure action the law does not allow now (422): `rule` names the rule ID, e.g. 'APL-62'. */
  | 'REFUSED'
  | 'PAYLOAD_TOO_LARGE'
  | 'LOCKED'
  | 'RATE_LIMITED'
  | 'SETUP_REQUIRED'
  | 'INTERNAL'
  /** Client-side only: the request did not reach the server. */
  | 'NETWORK';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly fields: FieldError[] = [],
    readonly requestId: string | null = null,
    /** The rule ID of a refusal (REFUSED), as DOMAIN.md names it. */
    readonly rule: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

let csrfToken: string | null = null;
let lastRequestAt = Date.now();

/** When the last request went to the server (the server's idle timer restarts on each). */
export function lastServerActivity(): number {
  return lastRequestAt;
}
let unauthenticatedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the server answers 401 to a request made with a session (idle timeout, logout elsewhere). */
export function onUnauthenticated(handler: () => void): void {
  unauthenticatedHandler = handler;
}

export interface RequestOptions {
  /** Do not redirect to the sign-in page on 401 (session probe, login itself). */
  allowUnauthenticated?: boolean;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  lastRequestAt = Date.now();
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError('NETWORK', '无法连接服务器，请检查网络后重试', 0);
  }

  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('application/json')) return (await res.json()) as T;
    return (await res.text()) as T;
  }

  const error = await toApiError(res);
  if (error.code === 'UNAUTHENTICATED' && !opts.allowUnauthenticated) unauthenticatedHandler?.();
  throw error;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as Partial<ApiErrorBody> & { error?: { rule?: string } };
    if (data?.error?.code) {
      const { code, message, fields, requestId, rule } = data.error;
      return new ApiError(
        code as ErrorCode,
        message || '请求失败',
        res.status,
        fields ?? [],
        requestId ?? null,
        rule ?? null,
      );
    }
  } catch {
    // not JSON: fall through
  }
  const code: ErrorCode =
    res.status === 401
      ? 'UNAUTHENTICATED'
      : res.status === 403
        ? 'FORBIDDEN'
        : res.status === 404
          ? 'NOT_FOUND'
          : res.status === 413
            ? 'PAYLOAD_TOO_LARGE'
            : res.status === 429
              ? 'RATE_LIMITED'
              : 'INTERNAL';
  return new ApiError(code, `服务暂时不可用（HTTP ${res.status}），请稍后重试`, res.status);
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Builds `?a=1&b=2` from defined, non-empty values. */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}
