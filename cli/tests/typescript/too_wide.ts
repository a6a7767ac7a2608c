// Every line after a `@ts-expect-error` must fail to type-check: were the
// union or a tag's codes too wide, the directive would go unused and
// `tsc` would fail (cli/tests/cli/typescript.rs).
import { ERRORS, type ErrorCode, type TaggedCode } from "./errors";

// @ts-expect-error: not a code of the catalog
export const unknown: ErrorCode = "no_such_code";
// @ts-expect-error: a code, but not one tagged `token`
export const untagged: TaggedCode<"token"> = "invalid_token";
// @ts-expect-error: not a tag of the catalog
export type NoTag = TaggedCode<"no_such_tag">;
// @ts-expect-error: the status is the literal 401
export const status: 400 = ERRORS.TokenExpired.status;
// @ts-expect-error: the entries are read-only
ERRORS.TokenExpired.status = 500;
