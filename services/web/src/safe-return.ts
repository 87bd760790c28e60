/**
 * Only a path of this site is followed after sign-in, so "terug" cannot send users away (issue 13
 * item 7). Browsers drop tabs and line breaks from a Location and read "\\" as "/", so
 * "/\t/evil.example" meant "//evil.example"; any control character or backslash is refused, and
 * what is left must resolve to our own origin. The answer is the resolved path, never the input.
 */
const HERE = "http://wijkwerk.invalid";
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE = /[\u0000-\u001f\u007f\\]/;
export function safeReturn(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || UNSAFE.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return undefined;
  }
  return url.origin === HERE && url.pathname.startsWith("/") && !url.pathname.startsWith("//") ? url.pathname + url.search + url.hash : undefined;
}
