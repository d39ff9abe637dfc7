// Internal-only markers (001_08ffeed0c138ba92.txt 4.4): the first policy marker found in a text, any case, whole words.
import type { Policy } from '../policy/schema';

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);

/** Lower case with every run of white space as one space, so a marker split across lines still matches. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The policy marker (as the policy spells it) that occurs earliest in `text`, or undefined. */
export function findInternalOnlyMarker(
  text: string,
  policy: Pick<Policy, 'internalOnlyMarkers'>,
): string | undefined {
  const haystack = fold(text);
  let found: { marker: string; at: number } | undefined;
  for (const marker of policy.internalOnlyMarkers) {
    const needle = fold(marker).trim();
    if (needle === '') continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const whole =
        !(isWordChar(needle[0]) && isWordChar(haystack[at - 1])) &&
        !(isWordChar(needle[needle.length - 1]) && isWordChar(haystack[at + needle.length]));
      if (whole) {
        if (found === undefined || at < found.at) found = { marker, at };
        break;
      }
    }
  }
  return found?.marker;
}
