// Types for the `punycode` npm package, imported as `punycode/` so Node's deprecated built-in is never used.
declare module 'punycode/' {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}
