// Masked previews of a verdict's findings, computed in the pane from the item's own text (never sent or stored).
import type { EntityType } from '../../src/detectors/types';
import { maskValue } from '../../src/detectors/mask';
import type { Verdict } from '../../src/engine/types';
import { extractContent } from '../../src/message/content';
import type { MessageSnapshot } from '../../src/message/types';

/** Previews shown per entity type before "and N more". */
export const PREVIEWS_PER_TYPE = 3;

export interface MaskedPreview {
  location: string;
  masked: string;
}

export interface FindingView {
  type: EntityType;
  count: number;
  locations: string[];
  previews: MaskedPreview[];
  /** Findings of this type beyond the previews shown. */
  more: number;
}

/** Groups the verdict's findings by type, each with up to PREVIEWS_PER_TYPE masked previews in message order. */
export function findingViews(
  message: MessageSnapshot,
  verdict: Verdict,
  sizeBudgetBytes: number,
): FindingView[] {
  const content = extractContent(message, { sizeBudgetBytes });
  const textAt = new Map(content.segments.map((s) => [s.location as string, s.text]));
  return verdict.findings.map((finding) => {
    const previews: MaskedPreview[] = [];
    for (const span of finding.spans) {
      if (previews.length >= PREVIEWS_PER_TYPE) break;
      const text = textAt.get(span.location);
      if (text === undefined || span.end > text.length || span.start >= span.end) continue;
      previews.push({
        location: span.location,
        masked: maskValue(finding.type, text.slice(span.start, span.end)),
      });
    }
    return {
      type: finding.type,
      count: finding.count,
      locations: finding.locations,
      previews,
      more: Math.max(0, finding.count - previews.length),
    };
  });
}
