// JSON-LD inside an HTML <script> element. The HTML parser ends the element at the first
// "</script" whatever the JSON says, so "<" (and ">", "&" and the JS line separators, for good
// measure) are written as \u escapes: the same JSON to a JSON parser, inert text to HTML.
// A script of type application/ld+json is a data block, never executed, so the page's CSP
// (script-src 'self') neither blocks nor needs to allow it.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json">${json}</script>`;
}
