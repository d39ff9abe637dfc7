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
    return /^xl\/(?:workbook|sharedStrings|styles|worksheets\/sheet\d+|comments\d*)\.xml$/.test(
      name,
    );
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
/** A cell's style (`s="3"`): an index into the workbook's cell formats. */
const CELL_STYLE = /\ss="(\d+)"/;
const NUM_FMT_ID = /\snumFmtId="(\d+)"/;
const FORMAT_CODE = /\sformatCode="([^"]*)"/;

/** Built-in number formats that show a date (ECMA-376 18.8.30: 14-17, 22; 27-36 and 50-58 are East Asian dates). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * Whether a custom number format shows a date: a day, month or year code outside quoted text,
 * escapes and `[...]` sections (colours, conditions, elapsed time), and not only a time (`m` next to
 * `h` or `s` is minutes).
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (/[dy]/.test(bare)) return true;
  return /m/.test(bare) && !/[hs]/.test(bare);
}

/** Per cell format (the `s` of a cell): whether it shows a date. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open: (name, tag) => {
      if (name === 'numFmt') {
        const id = NUM_FMT_ID.exec(tag);
        const code = FORMAT_CODE.exec(tag);
        if (id && code)
          custom.set(parseInt(id[1] as string, 10), isDateFormat(decodeXML(code[1] as string)));
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        const id = parseInt(NUM_FMT_ID.exec(tag)?.[1] ?? '0', 10);
        styles.push(custom.get(id) ?? builtInDate(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return styles;
}

/** Days in Excel's 1900 date system that are still dates (up to 31/12/9999). */
const LAST_SERIAL = 2958465;

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The date an Excel serial number stands for, written as a UK date (`12/03/1980`, with `hh:mm` when
 * it has a time of day), or undefined when it is no date. The 1900 system counts from 31/12/1899 and
 * wrongly holds 29/02/1900 (serial 60); the 1904 system counts from 01/01/1904.
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (
    !Number.isFinite(serial) ||
    serial < 1 ||
    serial > LAST_SERIAL ||
    (!date1904 && serial === 60)
  )
    return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  const at = new Date(epoch + Math.round(serial * 24 * 60) * 60_000);
  const date = `${twoDigits(at.getUTCDate())}/${twoDigits(at.getUTCMonth() + 1)}/${at.getUTCFullYear()}`;
  const minutes = at.getUTCHours() * 60 + at.getUTCMinutes();
  return minutes === 0
    ? date
    : `${date} ${twoDigits(at.getUTCHours())}:${twoDigits(at.getUTCMinutes())}`;
}

/** What a workbook says about reading its cells: shared strings, date formats, date system. */
interface Workbook {
  strings: readonly string[];
  dates: readonly boolean[];
  date1904: boolean;
}
/** A cell's reference (`r="C7"`): its column letters. */
const CELL_REF = /\sr="([A-Z]{1,3})\d+"/;
const ROW_NUMBER = /\sr="(\d+)"/;

/** A sheet row with at least one cell holding text: its number and its cells by column (0 = A). */
interface SheetRow {
  number: number;
  columns: number[];
  texts: string[];
}

/** The column number of `letters` (`A` is 0, `AA` 26). */
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}

/**
 * A cell's text as one table field: tabs and line breaks inside it become spaces, and a text holding
 * a double quote is quoted as in CSV (`"5'11"""`), so that neither splits the row or its column.
 */
function fieldText(text: string): string {
  const flat = text.replace(/[\t\r\n]/g, ' ');
  return flat.indexOf('"') < 0 ? flat : `"${flat.replace(/"/g, '""')}"`;
}

/** The rows of a sheet holding text, in order, each cell at its column (by reference, else the next one). */
function sheetRows(xml: string, book: Workbook): SheetRow[] {
  const { strings } = book;
  const rows: SheetRow[] = [];
  let row: SheetRow | undefined;
  let rowNumber = 0;
  let column = -1;
  let cellType = '';
  let dated = false;
  let inValue = false;
  let inInline = 0;
  let value = '';
  scanXml(xml, {
    open: (name, tag, selfClosing) => {
      if (name === 'row') {
        const number = ROW_NUMBER.exec(tag);
        rowNumber = number ? parseInt(number[1] as string, 10) : rowNumber + 1;
        row = undefined;
        column = -1;
      } else if (name === 'c') {
        const ref = CELL_REF.exec(tag);
        column = ref ? columnIndex(ref[1] as string) : column + 1;
        cellType = selfClosing ? '' : (CELL_TYPE.exec(tag)?.[1] ?? 'n');
        const style = CELL_STYLE.exec(tag);
        dated = style !== null && book.dates[parseInt(style[1] as string, 10)] === true;
        value = '';
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
          cellType === 's'
            ? (strings[parseInt(value, 10)] ?? '')
            : cellType === 'b'
              ? ''
              : cellType === 'n' && dated
                ? (serialDate(Number(value), book.date1904) ?? value)
                : value;
        if (text.length === 0) return;
        if (row === undefined || row.number !== rowNumber) {
          row = { number: rowNumber, columns: [], texts: [] };
          rows.push(row);
        }
        row.columns.push(column);
        row.texts.push(fieldText(text));
      }
    },
    text: (text) => {
      if (inValue || inInline > 0) value += text;
    },
  });
  return rows;
}

/**
 * A sheet as table text: one line per row holding text, cells joined by tabs. Rows next to each other
 * form a block (an empty row ends it). From a block's header (its first row filling at least half as
 * many cells as its fullest row, and two or more; titles above it are written as they are), an empty
 * cell keeps its column and every row has the block's width, so each row has the header's number of
 * tabs and every value stays under its header. Tabs
 * written for empty cells are limited to the length of the sheet's XML (beyond it rows are written
 * without them), so that a sparse sheet cannot grow its text without bound.
 */
function sheetText(xml: string, book: Workbook): string {
  const rows = sheetRows(xml, book);
  let origin = Infinity;
  for (const row of rows) for (const c of row.columns) origin = Math.min(origin, c);
  let padding = xml.length;
  const out: string[] = [];
  let first = 0;
  while (first < rows.length) {
    let last = first;
    while (last + 1 < rows.length && rows[last + 1]!.number === rows[last]!.number + 1) last++;
    // The header: the first row filling at least half as many cells as the fullest row (two or more).
    let most = 0;
    for (let k = first; k <= last; k++) most = Math.max(most, rows[k]!.columns.length);
    let header = first;
    while (header <= last && rows[header]!.columns.length < Math.max(2, most / 2)) header++;
    let width = 0;
    for (let k = header; k <= last; k++) {
      const columns = rows[k]!.columns;
      width = Math.max(width, columns[columns.length - 1]! - origin + 1);
    }
    for (let k = first; k <= last; k++) {
      const { columns, texts } = rows[k]!;
      const blanks = width - columns.length;
      if (k < header || blanks > padding) {
        out.push(texts.join('\t'), '\n');
        continue;
      }
      padding -= blanks;
      let at = 0;
      for (let i = 0; i < columns.length; i++) {
        // Cells out of order or sharing a column (malformed references) take the next column.
        if (i > 0) {
          out.push('\t');
          at++;
        }
        for (const column = columns[i]! - origin; at < column; at++) out.push('\t');
        out.push(texts[i]!);
      }
      out.push('\t'.repeat(Math.max(0, width - 1 - at)), '\n');
    }
    first = last + 1;
  }
  return out.join('');
}

function workbookText(files: Record<string, Uint8Array>): string {
  const sheets = byPartNumber(Object.keys(files).filter((n) => n.startsWith('xl/worksheets/')));
  const stringsPart = files['xl/sharedStrings.xml'];
  const stylesPart = files['xl/styles.xml'];
  const workbook = files['xl/workbook.xml'];
  if (!workbook) throw new OfficeStructureError();
  const book: Workbook = {
    strings: stringsPart ? sharedStrings(decodeUtf8(stringsPart)) : [],
    dates: stylesPart ? dateStyles(decodeUtf8(stylesPart)) : [],
    date1904: /<(?:\w+:)?workbookPr\s[^>]*date1904="(?:1|true)"/.test(decodeUtf8(workbook)),
  };
  const comments = byPartNumber(Object.keys(files).filter((n) => n.startsWith('xl/comments')));
  return [
    ...sheets.map((name) => sheetText(decodeUtf8(files[name] as Uint8Array), book)),
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
