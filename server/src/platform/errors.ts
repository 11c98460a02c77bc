/**
 * The small set of error codes the API answers with, mapped to HTTP in one place.
 * The web app switches on `code`, never on the message. Messages are Chinese and safe to show.
 */
export const ERROR_HTTP_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  /** The law forbids the action now (procedure engine): the body names the rule (e.g. APL-62). */
  REFUSED: 422,
  PAYLOAD_TOO_LARGE: 413,
  RANGE_NOT_SATISFIABLE: 416,
  LOCKED: 423,
  RATE_LIMITED: 429,
  SETUP_REQUIRED: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** Extra facts for the client, e.g. `{ rule: 'APL-62', refusal: 'GUARD' }` for REFUSED. */
    readonly details: Record<string, string> = {},
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_HTTP_STATUS[this.code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或无权访问`);
export const forbidden = () => new AppError('FORBIDDEN', '没有执行此操作的权限');
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const invalid = (message: string, fields: FieldError[] = []) => new AppError('VALIDATION', message, fields);
