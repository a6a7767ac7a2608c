// Type-checked with `tsc --strict` against the module errcat renders from
// error-codes.toml (cli/tests/cli/typescript.rs): uses that must compile.
import {
  CODES,
  ERRORS,
  TAGS,
  entriesOf,
  isErrorCode,
  type ErrorCode,
  type ErrorEntry,
  type TaggedCode,
} from "./errors";

const code: ErrorCode = "invalid_token";
const first: ErrorCode = CODES[0];
const token: TaggedCode<"token"> = "invalid_grant";
const tokenAsCode: ErrorCode = token;
const tagged: readonly ErrorCode[] = TAGS.resource;

// `as const` keeps the literal types: the status is 401, not number.
const status: 401 = ERRORS.TokenExpired.status;
const shared: 400 = ERRORS.InvalidTokenFormat.status;
const hint: string | null = ERRORS.TokenExpired.hint;
const entries: ErrorEntry[] = entriesOf(code);

function narrow(input: unknown): ErrorCode | undefined {
  // The guard narrows `unknown` to the union.
  return isErrorCode(input) ? input : undefined;
}

export const used = [first, tokenAsCode, tagged, status, shared, hint, entries, narrow];
