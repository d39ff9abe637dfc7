// Benchmark section: throughput of text normalisation and HTML-to-text on 10 MB bodies, and deep HTML.
import { htmlToText } from '../../src/message/html';
import { normaliseText } from '../../src/message/normalise';

export const title = 'Message text: normaliseText and htmlToText';

const TARGET = 10 * 1024 * 1024;
const PARAGRAPH =
  'Dear Sam, following the strategy meeting on Tuesday the family at 12 Elm Road, Bromley BR1 3UH ' +
  'agreed to the plan. Please call me on 020 8464 3333 if anything changes. Case ref 4471/2026. ';
const WELSH =
  'Annwyl Sam, mae’r cyngor wedi cytuno i’r cynllun ar gyfer y teulu. Ffoniwch fi os bydd unrhyw beth yn newid. ';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Best of three runs, in MB/s of input (UTF-16 code units counted as bytes, as the text is ASCII-heavy). */
function throughput(input: string, fn: (text: string) => string): string {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    fn(input);
    best = Math.min(best, performance.now() - start);
  }
  return `${(input.length / (1024 * 1024) / (best / 1000)).toFixed(0)} MB/s (${best.toFixed(1)} ms for ${(input.length / (1024 * 1024)).toFixed(1)} MB)`;
}

function time(fn: () => void): string {
  const start = performance.now();
  fn();
  return `${(performance.now() - start).toFixed(1)} ms`;
}

export async function run(): Promise<void> {
  const ascii = repeatTo(PARAGRAPH, TARGET);
  const mixed = repeatTo(`${PARAGRAPH}Café ４４７１\u00a0\u200b ${WELSH}`, TARGET);
  const fullWidth = repeatTo('ＮＨＳ ９４３ ４７６ ５９１９ ', TARGET);
  // Russian prose (lookalike letters left alone) and every word spoofed with Cyrillic lookalikes.
  const russian = repeatTo('Привет, он дома с 12 до 14, квартира 48. ', TARGET);
  const spoofed = repeatTo('NНS 943 раssword АВ123456С ок. ', TARGET);
  console.log(`normaliseText, ASCII:            ${throughput(ascii, normaliseText)}`);
  console.log(`normaliseText, mixed Unicode:    ${throughput(mixed, normaliseText)}`);
  console.log(`normaliseText, all full-width:   ${throughput(fullWidth, normaliseText)}`);
  console.log(`normaliseText, Russian prose:    ${throughput(russian, normaliseText)}`);
  console.log(`normaliseText, Cyrillic spoofs:  ${throughput(spoofed, normaliseText)}`);

  const html = repeatTo(
    `<p style="margin:0"><span style="font-family:Calibri">${PARAGRAPH}</span><b>Note</b> &amp; <a href="https://example.org/">link</a>&nbsp;</p>\n`,
    TARGET,
  );
  console.log(`htmlToText, Outlook-style HTML:  ${throughput(html, (text) => htmlToText(text))}`);
  const nested = '<div>'.repeat(100000) + 'x' + '</div>'.repeat(100000);
  console.log(`htmlToText, 100k nested divs:    ${time(() => htmlToText(nested))}`);
  const unmatched = '<span>'.repeat(100000) + '</div>'.repeat(100000);
  console.log(`htmlToText, 100k unmatched tags: ${time(() => htmlToText(unmatched))}`);
}
