// What the reading view shows about an open message: its marking, participants, findings and who it may go to.
import { classifyAddress } from '../../src/audiences/classify';
import type { EntityType } from '../../src/detectors/types';
import { evaluate } from '../../src/engine/evaluate';
import { isConfidential } from '../../src/marking/confidential';
import { MARKING_HEADER, parseMarkingHeader } from '../../src/marking/header';
import { readLabel } from '../../src/marking/read';
import type { MessageSnapshot } from '../../src/message/types';
import type { Policy } from '../../src/policy/schema';

export type ParticipantRole = 'from' | 'to' | 'cc';

export interface Participant {
  role: ParticipantRole;
  address: string;
  displayName?: string;
  audience: string;
  lookalikeOf?: string;
}

export interface ReadingSummary {
  subject: string;
  /** The message's label (highest of its markings), null when unmarked. */
  label: string | null;
  descriptor?: string;
  /** Label marked in the subject alone. */
  subjectLabel: string | null;
  /** `X-Protective-Marking`, parsed; null when absent. */
  markingHeader: { sec?: string; ns?: string; caveat?: string } | null;
  /** `Sensitivity` header value, null when absent. */
  sensitivity: string | null;
  /** Purview label name (or GUID) from the item or the `msip_labels` header, null when absent. */
  purviewLabel: string | null;
  confidential: boolean;
  participants: Participant[];
  findings: { type: EntityType; count: number }[];
  requiredLabel: string | null;
  sharing: { cleared: string[]; encryptedOnly: string[]; never: string[] };
}

/** Case-insensitive header lookup. */
export function headerValue(headers: Record<string, string>, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === wanted) return value;
  return null;
}

/** The enabled label of a Purview `msip_labels` header: `MSIP_Label_<guid>_Enabled=true; MSIP_Label_<guid>_Name=...`. */
export function parseMsipLabels(value: string): { guid: string; name?: string } | null {
  const fields = new Map<string, string>();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  for (const [key, enabled] of fields) {
    const match = /^msip_label_([0-9a-f-]+)_enabled$/.exec(key);
    if (match === null || enabled.toLowerCase() !== 'true') continue;
    const guid = match[1] ?? '';
    const name = fields.get(`msip_label_${guid}_name`);
    return name === undefined || name === '' ? { guid } : { guid, name };
  }
  return null;
}

/** An address in the audience, for asking the engine whether that audience may receive the message. */
function sampleAddress(policy: Policy, audience: string): string {
  const entry = policy.audiences.find((a) => a.id === audience);
  const explicit = entry?.domains.find((d) => !d.startsWith('*.'));
  if (explicit !== undefined) return `someone@${explicit}`;
  const wildcard = entry?.domains[0];
  if (wildcard !== undefined) return `someone@mail.${wildcard.slice(2)}`;
  return 'someone@example.org';
}

/** Audiences in policy order, `external` last when the policy has no entry for it. */
function audienceIds(policy: Policy): string[] {
  const ids = policy.audiences.map((a) => a.id);
  return ids.includes('external') ? ids : [...ids, 'external'];
}

/** Summarises a received message for the reading view; `reader` is the signed-in user's address. */
export function summariseReading(
  message: MessageSnapshot,
  policy: Policy,
  reader: string,
  now: Date,
): ReadingSummary {
  const purview = parseMsipLabels(headerValue(message.headers, 'msip_labels') ?? '');
  const sensitivityLabel = message.sensitivityLabel ?? purview?.guid ?? null;
  const item = { subject: message.subject, headers: message.headers, sensitivityLabel };
  const marking = readLabel(item, policy);
  const subjectOnly = readLabel(
    { subject: message.subject, headers: {}, sensitivityLabel: null },
    policy,
  );
  const headerRaw = headerValue(message.headers, MARKING_HEADER);
  const parsedHeader = headerRaw === null ? null : parseMarkingHeader(headerRaw);
  const participants: Participant[] = [];
  const add = (role: ParticipantRole, raw: string): void => {
    const c = classifyAddress(raw, policy);
    participants.push({
      role,
      address: c.address,
      audience: c.audience,
      ...(c.displayName !== undefined ? { displayName: c.displayName } : {}),
      ...(c.lookalikeOf !== undefined ? { lookalikeOf: c.lookalikeOf } : {}),
    });
  };
  add('from', message.from);
  for (const raw of message.to) add('to', raw);
  for (const raw of message.cc) add('cc', raw);

  const own = evaluate({ ...message, sensitivityLabel }, policy, now);
  const original = {
    from: message.from,
    to: message.to,
    cc: message.cc,
    bcc: [],
    subject: message.subject,
    headers: message.headers,
    sensitivityLabel,
  };
  const sharing: ReadingSummary['sharing'] = { cleared: [], encryptedOnly: [], never: [] };
  for (const audience of audienceIds(policy)) {
    const forward: MessageSnapshot = {
      ...message,
      from: reader,
      to: [sampleAddress(policy, audience)],
      cc: [],
      bcc: [],
      composeType: 'forward',
      original,
      sensitivityLabel,
    };
    const fired = new Set(evaluate(forward, policy, now).reasons.map((r) => r.rule));
    if (fired.has('audience-not-cleared')) sharing.never.push(audience);
    else if (fired.has('encryption-required')) sharing.encryptedOnly.push(audience);
    else sharing.cleared.push(audience);
  }

  return {
    subject: message.subject,
    label: marking.label,
    ...(marking.descriptor !== undefined ? { descriptor: marking.descriptor } : {}),
    subjectLabel: subjectOnly.label,
    markingHeader:
      parsedHeader === null
        ? null
        : {
            ...(parsedHeader.sec !== undefined ? { sec: parsedHeader.sec } : {}),
            ...(parsedHeader.ns !== undefined ? { ns: parsedHeader.ns } : {}),
            ...(parsedHeader.caveat !== undefined ? { caveat: parsedHeader.caveat } : {}),
          },
    sensitivity: headerValue(message.headers, 'Sensitivity'),
    purviewLabel: message.sensitivityLabel ?? purview?.name ?? purview?.guid ?? null,
    confidential: isConfidential(item, policy),
    participants,
    findings: own.findings.map((f) => ({ type: f.type, count: f.count })),
    requiredLabel: own.requiredLabel,
    sharing,
  };
}
