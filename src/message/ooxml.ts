// Text of Word, Excel and PowerPoint files (Office Open XML): which parts to read and how.
import { decodeXML } from 'entities';
import { decodeUtf8 } from './bytes';

interface XmlHandlers {
  open: (name: string, tag: string, selfClosing: boolean) => void;
  close: (name: string) => void;
  text: (text: string) => void;
}

/** A linear scan of XML markup: tags by `indexOf`, no backtracking, no recursion. */
function scanXml(xml: string, handlers: XmlHandlers): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      handlers.text(decodeXML(xml.slice(at)));
      return;
    }
    if (lt > at) handlers.text(decodeXML(xml.slice(at, lt)));
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return;
      handlers.text(xml.slice(lt + 9, end));
      at = end + 3;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return;
      at = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) return;
    const tag = xml.slice(lt + 1, gt);
    at = gt + 1;
    const first = tag[0];
    if (first === '?' || first === '!') continue;
    if (first === '/') {
      handlers.close(tag.slice(1).trim());
      continue;
    }
    const selfClosing = tag[tag.length - 1] === '/';
    let nameEnd = 0;
    while (nameEnd < tag.length && !/[\s/]/.test(tag[nameEnd] as string)) nameEnd++;
    handlers.open(tag.slice(0, nameEnd), tag, selfClosing);
  }
}

/** Text inside the given text elements, with paragraph ends, tabs and breaks kept. */
function runText(
  xml: string,
  textElements: ReadonlySet<string>,
  paragraph: string,
  breaks: ReadonlySet<string>,
  tab: string,
): string {
  const out: string[] = [];
  let depth = 0;
  scanXml(xml, {
    open: (name, _tag, selfClosing) => {
      if (textElements.has(name) && !selfClosing) depth++;
      else if (breaks.has(name)) out.push('\n');
      else if (name === tab) out.push('\t');
    },
    close: (name) => {
      if (textElements.has(name) && depth > 0) depth--;
      else if (name === paragraph) out.push('\n');
    },
    text: (text) => {
      if (depth > 0) out.push(text);
    },
  });
  return out.join('');
}

const WORD_TEXT = new Set(['w:t', 'w:delText']);
const WORD_BREAKS = new Set(['w:br', 'w:cr']);
const DRAWING_TEXT = new Set(['a:t']);
const DRAWING_BREAKS = new Set(['a:br']);

function partNumber(name: string): number {
  const match = /(\d+)\.xml$/.exec(name);
  return match ? parseInt(match[1] as string, 10) : 0;
}

function byPartNumber(names: string[]): string[] {
  return names
    .slice()
    .sort((a, b) => partNumber(a) - partNumber(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export type OfficeKind = 'docx' | 'xlsx' | 'pptx';

/** Which zip entries hold the text of each kind of document (and its main part, which must exist). */
export function isOfficeTextPart(kind: OfficeKind, name: string): boolean {
  if (kind === 'docx')
    return /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(name);
  if (kind === 'xlsx')
    return /^xl\/(?:workbook|sharedStrings|worksheets\/sheet\d+|comments\d*)\.xml$/.test(name);
  return /^ppt\/(?:presentation|slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml$/.test(name);
}

/** Raised when a document lacks its main part. */
export class OfficeStructureError extends Error {
  constructor() {
    super('document part missing');
    this.name = 'OfficeStructureError';
  }
}

function wordText(files: Record<string, Uint8Array>): string {
  const main = files['word/document.xml'];
  if (!main) throw new OfficeStructureError();
  const others = byPartNumber(Object.keys(files).filter((n) => n !== 'word/document.xml'));
  return ['word/document.xml', ...others]
    .map((name) =>
      runText(decodeUtf8(files[name] as Uint8Array), WORD_TEXT, 'w:p', WORD_BREAKS, 'w:tab'),
    )
    .join('\n');
}

function slidesText(files: Record<string, Uint8Array>): string {
  const slides = byPartNumber(Object.keys(files).filter((n) => n.startsWith('ppt/slides/')));
  if (!files['ppt/presentation.xml']) throw new OfficeStructureError();
  const notes = byPartNumber(Object.keys(files).filter((n) => n.startsWith('ppt/notesSlides/')));
  return [...slides, ...notes]
    .map((name) =>
      runText(decodeUtf8(files[name] as Uint8Array), DRAWING_TEXT, 'a:p', DRAWING_BREAKS, ''),
    )
    .join('\n');
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = 0;
  let inPhonetic = 0;
  scanXml(xml, {
    open: (name, _tag, selfClosing) => {
      if (selfClosing) {
        if (name === 'si') strings.push('');
        return;
      }
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic++;
      else if (name === 't') inText++;
    },
    close: (name) => {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
      } else if (name === 'rPh' && inPhonetic > 0) inPhonetic--;
      else if (name === 't' && inText > 0) inText--;
    },
    text: (text) => {
      if (current && inText > 0 && inPhonetic === 0) current.push(text);
    },
  });
  return strings;
}

const CELL_TYPE = /\st="([^"]*)"/;

function sheetText(xml: string, strings: readonly string[]): string {
  const out: string[] = [];
  let cellType = '';
  let inValue = false;
  let inInline = 0;
  let value = '';
  scanXml(xml, {
    open: (name, tag, selfClosing) => {
      if (name === 'c') {
        cellType = CELL_TYPE.exec(tag)?.[1] ?? 'n';
        value = '';
        if (selfClosing) cellType = '';
      } else if (name === 'v' && !selfClosing) {
        inValue = true;
      } else if (name === 'is') {
        inInline++;
      }
    },
    close: (name) => {
      if (name === 'v') inValue = false;
      else if (name === 'is' && inInline > 0) inInline--;
      else if (name === 'c') {
        const text =
          cellType === 's' ? (strings[parseInt(value, 10)] ?? '') : cellType === 'b' ? '' : value;
        if (text.length > 0) out.push(text, '\t');
      } else if (name === 'row') {
        if (out[out.length - 1] === '\t') out[out.length - 1] = '\n';
        else if (out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
      }
    },
    text: (text) => {
      if (inValue || inInline > 0) value += text;
    },
  });
  return out.join('');
}

function workbookText(files: Record<string, Uint8Array>): string {
  const sheets = byPartNumber(Object.keys(files).filter((n) => n.startsWith('xl/worksheets/')));
  const stringsPart = files['xl/sharedStrings.xml'];
  if (!files['xl/workbook.xml']) throw new OfficeStructureError();
  const strings = stringsPart ? sharedStrings(decodeUtf8(stringsPart)) : [];
  const comments = byPartNumber(Object.keys(files).filter((n) => n.startsWith('xl/comments')));
  return [
    ...sheets.map((name) => sheetText(decodeUtf8(files[name] as Uint8Array), strings)),
    ...comments.map((name) =>
      runText(decodeUtf8(files[name] as Uint8Array), new Set(['t']), 'comment', new Set(), ''),
    ),
  ].join('\n');
}

/** The text of an Office document from its extracted text parts (see `isOfficeTextPart`). */
export function officeText(kind: OfficeKind, files: Record<string, Uint8Array>): string {
  if (kind === 'docx') return wordText(files);
  if (kind === 'xlsx') return workbookText(files);
  return slidesText(files);
}
