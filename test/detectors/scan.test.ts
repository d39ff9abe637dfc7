// scanText/scanContent: thresholds, tiers, overlaps, locations, lexicon extensions, and errors that never carry text.
import { detectors } from '../../src/detectors/index';
import { runDetectors } from '../../src/detectors/lib/engine';
import { DetectorError, ScanTimeoutError, scanContent, scanText } from '../../src/detectors/scan';
import type { Detector } from '../../src/detectors/types';

const slices = (text: string, threshold?: number) =>
  scanText(text, threshold === undefined ? {} : { threshold }).map((f) => [
    f.type,
    text.slice(f.start, f.end),
    f.confidence,
  ]);

describe('scanText', () => {
  test('returns findings in text order with offsets into the text, never values', () => {
    const text = 'Email jane.smith@example.org, NHS number 943 476 5919, DOB 12/03/1980.';
    const found = scanText(text);
    expect(found.map((f) => f.type)).toEqual(['EMAIL_ADDRESS', 'NHS_NUMBER', 'DATE_OF_BIRTH']);
    for (const f of found) {
      expect(Object.keys(f).sort()).toEqual(['confidence', 'detector', 'end', 'start', 'type']);
      expect(f.start).toBeLessThan(f.end);
    }
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('943 476 5919');
  });

  test('tiers: validated with a keyword is high, validated alone medium, a weak pattern alone low', () => {
    expect(slices('NHS number 943 476 5919')).toEqual([['NHS_NUMBER', '943 476 5919', 0.95]]);
    expect(slices('ref list: 943 476 5919')).toEqual([]);
    expect(slices('list: 943 476 5919')).toEqual([['NHS_NUMBER', '943 476 5919', 0.6]]);
    expect(slices('number 925076473')).toEqual([]);
    expect(slices('number 925076473', 0.1)).toEqual([['UK_PASSPORT', '925076473', 0.2]]);
    expect(slices('passport 925076473')).toEqual([['UK_PASSPORT', '925076473', 0.55]]);
  });

  test('the threshold is the policy setting', () => {
    expect(slices('list: 943 476 5919', 0.9)).toEqual([]);
    expect(slices('NHS number 943 476 5919', 0.9)).toEqual([['NHS_NUMBER', '943 476 5919', 0.95]]);
  });

  test('a validated span suppresses weaker matches inside it', () => {
    const meta = (id: string) => ({
      id,
      entityType: 'UK_PHONE' as const,
      description: 'test',
      clause: '000_194040a0e7f240eb.txt 8.2',
    });
    const strong: Detector = {
      meta: meta('strong'),
      patterns: [{ name: 'pair', regex: /\b\d{4} \d{4}\b/g, score: 0.6 }],
      context: [],
      minDigits: 8,
      validate: () => true,
    };
    const weak: Detector = {
      meta: meta('weak'),
      patterns: [{ name: 'four', regex: /\b\d{4}\b/g, score: 0.6 }],
      context: [],
      minDigits: 4,
    };
    const found = runDetectors([strong, weak], 'codes 1234 5678 and 9012', 0.5, { lexicons: {} });
    expect(found.map((f) => [f.detector, f.start, f.end])).toEqual([
      ['strong', 6, 15],
      ['weak', 20, 24],
    ]);
    // A stronger weak match is kept: suppression needs at least equal confidence.
    const weaker: Detector = {
      ...strong,
      meta: meta('weaker'),
      patterns: [{ name: 'pair', regex: /\b\d{4} \d{4}\b/g, score: 0.55 }],
    };
    expect(runDetectors([weaker, weak], 'codes 1234 5678', 0.5, { lexicons: {} })).toHaveLength(3);
  });

  test('an IBAN is one finding, not also a bank account', () => {
    const text = 'Bank details: IBAN GB29 NWBK 6016 1331 9268 19 for the sort code and account';
    expect(scanText(text).map((f) => f.type)).toEqual(['IBAN']);
  });

  test('context words match whole words only, before and after', () => {
    // "publication" holds no context word; "passport" after the number counts.
    expect(slices('publication 925076473')).toEqual([]);
    expect(slices('925076473 is her passport number')).toEqual([
      ['UK_PASSPORT', '925076473', 0.55],
    ]);
    expect(slices('the bornholm route 12/03/1980')).toEqual([]);
  });

  test('empty and whitespace text give no findings', () => {
    expect(scanText('')).toEqual([]);
    expect(scanText(' \n\t ')).toEqual([]);
  });

  test('passes policy lexicon extensions to the category detectors', () => {
    const text = 'The Zorblax tender figures are attached.';
    const extended = scanText(text, {
      lexicons: { COMMERCIAL_CONFIDENTIAL: { phrases: ['zorblax tender figures'] } },
    });
    expect(scanText(text).map((f) => f.type)).not.toContain('COMMERCIAL_CONFIDENTIAL');
    expect(extended.map((f) => f.type)).toContain('COMMERCIAL_CONFIDENTIAL');
  });
});

describe('scanContent', () => {
  test('scans every segment and keeps its location', () => {
    const found = scanContent({
      segments: [
        { location: 'subject', text: 'Referral for NHS number 943 476 5919' },
        { location: 'body', text: 'Call 07700 900123' },
        { location: 'attachment:list.csv', text: 'name,nino\nA,JK 92 47 31 D' },
      ],
      unscanned: [],
    });
    expect(found.map((f) => [f.location, f.type])).toEqual([
      ['subject', 'NHS_NUMBER'],
      ['body', 'UK_PHONE'],
      ['attachment:list.csv', 'UK_NINO'],
    ]);
  });
});

describe('the time budget', () => {
  /** A clock that moves on `step` ms each time it is read. */
  function steppingClock(step: number): () => number {
    let now = 0;
    return () => (now += step);
  }

  test('a scan within its deadline finds what it always finds', () => {
    const text = 'NHS number 943 476 5919';
    expect(scanText(text, { deadline: 1e9, clock: steppingClock(1) })).toEqual(scanText(text));
  });

  test('a scan past its deadline stops with ScanTimeoutError, naming no text', () => {
    const text = 'NHS number 943 476 5919 '.repeat(100);
    let caught: unknown;
    try {
      scanText(text, { deadline: 50, clock: steppingClock(10) });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScanTimeoutError);
    expect(String((caught as Error).message)).not.toContain('5919');
  });

  test('the deadline is read between segments and between detectors, and in long digit runs', () => {
    const segments = [
      { location: 'subject' as const, text: 'Hello' },
      { location: 'body' as const, text: 'Call 07700 900123' },
    ];
    // 2 segments x (1 + 18 detectors) reads at most, before any digit zones.
    let reads = 0;
    const clock = (): number => ++reads;
    scanContent({ segments, unscanned: [] }, { deadline: 1e9, clock });
    expect(reads).toBeGreaterThanOrEqual(2 + 2 * detectors.length);
    // A text of many digit zones reads the clock while reading them too.
    reads = 0;
    // 2,000 digit runs, each far enough from the next to be a zone of its own.
    scanText(`12${' '.repeat(60)}`.repeat(2000), { deadline: 1e9, clock });
    expect(reads).toBeGreaterThanOrEqual(detectors.length + Math.floor(2000 / 256));
  });
});

describe('a failing detector', () => {
  test('raises an error naming the detector only, never the text or the original message', () => {
    const secret = 'NHS number 943 476 5919';
    const broken: Detector = {
      meta: {
        id: 'broken',
        entityType: 'NHS_NUMBER',
        description: 'throws with the value',
        clause: '000_194040a0e7f240eb.txt 8.2',
      },
      patterns: [],
      context: [],
      detect: (text) => {
        throw new Error(`could not parse ${text}`);
      },
    };
    let caught: unknown;
    try {
      runDetectors([...detectors, broken], secret, 0.5, { lexicons: {} });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DetectorError);
    const error = caught as DetectorError;
    expect(error.detectorId).toBe('broken');
    expect(`${error.message} ${error.stack ?? ''} ${String(error.cause ?? '')}`).not.toContain(
      '5919',
    );
  });
});
