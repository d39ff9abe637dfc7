// Maps a Microsoft Purview sensitivity label (by name or GUID) to the policy's mapping entry.
import type { Policy } from '../policy/schema';

export type PurviewMapping = Policy['labels']['purview'][number];

const normaliseGuid = (value: string): string =>
  value
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();

export function findPurviewLabel(
  policy: Pick<Policy, 'labels'>,
  sensitivityLabel: string | null | undefined,
): PurviewMapping | undefined {
  if (sensitivityLabel === null || sensitivityLabel === undefined) return undefined;
  const wanted = sensitivityLabel.trim();
  if (wanted === '') return undefined;
  const guid = normaliseGuid(wanted);
  const name = wanted.toLowerCase();
  return policy.labels.purview.find(
    (p) =>
      (p.guid !== undefined && normaliseGuid(p.guid) === guid) ||
      p.name.trim().toLowerCase() === name,
  );
}
