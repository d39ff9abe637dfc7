// Internal-only markers (001_08ffeed0c138ba92.txt 4.4): the first policy marker found in a text, any case, whole words.
import type { Policy } from '../policy/schema';

interface CompiledMarkers {
  regex: RegExp;
  markers: string[];
}

const compiled = new Map<string, CompiledMarkers>();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive regex for all markers: words joined by any run of white space (a marker may be
 * split across lines), not preceded or followed by a letter or digit. Group i+2 is marker i.
 */
function compile(markers: readonly string[]): CompiledMarkers {
  const key = markers.join('\u0000');
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const kept = markers.filter((m) => m.trim() !== '');
  const alternatives = kept.map((m) => {
    const body = m.trim().split(/\s+/).map(escapeRegex).join('\\s+');

    const tail = /[a-z0-9]$/i.test(m.trim()) ? '(?![a-z0-9])' : '';
    return `(${body}${tail})`;
  });
  const source = alternatives.length === 0 ? '(?!)' : `(^|[^a-z0-9])(?:${alternatives.join('|')})`;
  const result = { regex: new RegExp(source, 'gi'), markers: kept };
  if (compiled.size > 64) compiled.clear();
  compiled.set(key, result);
  return result;
}

/** The policy marker (as the policy spells it) that occurs earliest in `text`, or undefined. */
export function findInternalOnlyMarker(
  text: string,
  policy: Pick<Policy, 'internalOnlyMarkers'>,
): string | undefined {
  const { regex, markers } = compile(policy.internalOnlyMarkers);
  regex.lastIndex = 0;
  const match = regex.exec(text);
  if (match === null) return undefined;
  const index = match.slice(2).findIndex((group) => group !== undefined);
  return markers[index];
}
