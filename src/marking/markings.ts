// Finds protective markings in a subject: bracketed labels anywhere, an unbracketed label after RE:/FW: prefixes.
import type { Policy } from '../policy/schema';
import { isDescriptor, labelsLongestFirst } from '../policy/labels';

type LabelledPolicy = Pick<Policy, 'labels'>;

export interface SubjectMarking {
  /** Scheme label id (upper case). */
  label: string;
  /** Upper-case descriptor (`PERSONAL` in `[PROTECT - PERSONAL]`). */
  descriptor?: string;
  /** Span in the subject, separator of an unbracketed marking included. */
  start: number;
  end: number;
  bracketed: boolean;
}

/** One reply or forward prefix: RE, FW, FWD (and Welsh Outlook's ATB, YML), `Re[2]:` counters, any case. */
const REPLY_PREFIX = /^\s*(?:re|fwd?|atb|yml)(?:\s*\[\d{1,4}\])?\s*:\s*/i;
/** Separator after an unbracketed label: `PROTECT: ...`, `PROTECT - ...`, `PROTECT – ...`. */
const UNBRACKETED_SEPARATOR = /^(?:\s*[:\u2013\u2014]|\s+-(?:\s|$))\s*/;
const DESCRIPTOR_SEPARATOR = /^\s*[-:\u2013\u2014]\s*/;
const DESCRIPTOR_TEXT = /^[A-Z0-9][A-Z0-9 &/'-]{0,39}$/;
const BRACKETED = /\[([^[\]]{1,100})\]/g;

/** Length of the leading run of reply/forward prefixes, trailing space included. */
export function replyPrefixLength(subject: string): number {
  let end = 0;
  for (;;) {
    const match = REPLY_PREFIX.exec(subject.slice(end));
    if (!match || match[0].length === 0) return end;
    end += match[0].length;
  }
}

function startsWithWord(text: string, word: string): boolean {
  return text.slice(0, word.length).toUpperCase() === word;
}

/** Reads the inside of `[...]` as a label with an optional descriptor, or undefined when it is not one. */
export function readBracketContent(
  content: string,
  policy: LabelledPolicy,
): { label: string; descriptor?: string } | undefined {
  let text = content.replace(/\s+/g, ' ').trim().toUpperCase();
  if (text.startsWith('SEC=')) text = text.slice(4).trim();
  for (const label of labelsLongestFirst(policy)) {
    if (!text.startsWith(label)) continue;
    const rest = text.slice(label.length);
    if (rest === '') return { label };
    const separator = DESCRIPTOR_SEPARATOR.exec(rest);
    if (separator) {
      const descriptor = rest.slice(separator[0].length).trim();
      // `OFFICIAL-SENSITIVE` is a label of its own; a tight hyphen only introduces a declared descriptor.
      const tight = separator[0] === '-';
      if (
        descriptor !== '' &&
        DESCRIPTOR_TEXT.test(descriptor) &&
        (!tight || isDescriptor(policy, descriptor))
      ) {
        return { label, descriptor };
      }
    } else if (/^\s/.test(rest) && isDescriptor(policy, rest)) {
      return { label, descriptor: rest.trim() };
    }
  }
  return undefined;
}

function unbracketedAt(
  subject: string,
  start: number,
  policy: LabelledPolicy,
): SubjectMarking | undefined {
  const rest = subject.slice(start);
  if (rest.startsWith('[')) return undefined;
  for (const label of labelsLongestFirst(policy)) {
    if (!startsWithWord(rest, label)) continue;
    let at = label.length;
    let descriptor: string | undefined;
    const dash = DESCRIPTOR_SEPARATOR.exec(rest.slice(at));
    if (dash) {
      const afterDash = rest.slice(at + dash[0].length);
      const declared = [...policy.labels.descriptors].sort((a, b) => b.length - a.length);
      const found = declared.find(
        (d) =>
          startsWithWord(afterDash, d.toUpperCase()) &&
          UNBRACKETED_SEPARATOR.test(afterDash.slice(d.length)),
      );
      if (found !== undefined) {
        descriptor = found.toUpperCase();
        at += dash[0].length + found.length;
      }
    }
    const separator = UNBRACKETED_SEPARATOR.exec(rest.slice(at));
    if (!separator) continue;
    const marking: SubjectMarking = {
      label,
      start,
      end: start + at + separator[0].length,
      bracketed: false,
    };
    if (descriptor !== undefined) marking.descriptor = descriptor;
    return marking;
  }
  return undefined;
}

/** Every label marking of the subject, in order. */
export function findSubjectMarkings(subject: string, policy: LabelledPolicy): SubjectMarking[] {
  const markings: SubjectMarking[] = [];
  const unbracketed = unbracketedAt(subject, replyPrefixLength(subject), policy);
  if (unbracketed) markings.push(unbracketed);
  const bracketed = new RegExp(BRACKETED.source, 'g');
  for (let match = bracketed.exec(subject); match !== null; match = bracketed.exec(subject)) {
    const read = readBracketContent(match[1] ?? '', policy);
    if (!read) continue;
    const start = match.index;
    const marking: SubjectMarking = {
      label: read.label,
      start,
      end: start + match[0].length,
      bracketed: true,
    };
    if (read.descriptor !== undefined) marking.descriptor = read.descriptor;
    markings.push(marking);
  }
  return markings;
}

/** `subject` with the span [start, end) cut out and the two sides joined by one space. */
export function cutSpan(subject: string, start: number, end: number): string {
  const left = subject.slice(0, start).replace(/\s+$/, '');
  const right = subject.slice(end).replace(/^\s+/, '');
  return left !== '' && right !== '' ? `${left} ${right}` : left + right;
}

/** Where `token` occurs in `text`, any case, not inside a longer word; -1 when absent. */
export function findToken(text: string, token: string): number {
  const haystack = text.toLowerCase();
  const needle = token.toLowerCase();
  if (needle === '') return -1;
  const wordy = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/i.test(ch);
  const checkStart = wordy(needle[0]);
  const checkEnd = wordy(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (checkStart && wordy(haystack[at - 1])) continue;
    if (checkEnd && wordy(haystack[at + needle.length])) continue;
    return at;
  }
  return -1;
}

/** The value of header `name`, looked up in any case. */
export function headerValue(
  headers: Readonly<Record<string, string>>,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === wanted) return headers[key];
  }
  return undefined;
}
