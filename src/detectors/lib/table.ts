// Finds delimited tables (CSV, TSV, xlsx sheet text) around a position, lazily and in linear time, so column headers can count as context.

/** Delimiters tried, in this order: tab (xlsx sheet text, TSV), comma, semicolon, pipe. */
const DELIMITERS = [9, 44, 59, 124];
const QUOTE = 34;
/** Rows (a quoted field's line breaks included) longer than this are never table rows (keeps every lookup bounded). */
export const MAX_ROW = 4096;
/** Letters a cell value can start with before its first digit (`SW1A 1AA`, `JK 12 93 47`). */
const CELL_LETTERS = 4;

/**
 * Where a row's reader stands (RFC 4180, read leniently): at a field's start, where a double quote
 * opens a quoted field; inside an unquoted field, where quotes are plain characters; inside a quoted
 * field, where delimiters and line breaks are text; just after a quote that closed one, where a second
 * quote (`""`) is a quote in the text and the field goes on.
 */
const FIELD_START = 0;
const IN_FIELD = 1;
const QUOTED = 2;
const CLOSED = 3;

/** A run of at least two rows with the same number of one delimiter: the first row is the header. */
interface Table {
  /** End of the header row (its line break). */
  headerEnd: number;
  /** End of the last row. */
  end: number;
  delimiter: number;
  /** What each header cell counts for, in column order. */
  credits: unknown[];
}

/**
 * One record: a line, or several when a quoted field holds line breaks. Rows are read forward from
 * the start of their block (lines up to a blank or overlong one), the only place the quote state is
 * known.
 */
interface Row {
  start: number;
  /** The line break ending the row (or the text's end). */
  end: number;
  /** Per DELIMITERS entry: delimiters outside quoted fields; all 0 for a quote left open. */
  counts: number[];
  block: Block;
  /** Position in `block.rows`. */
  index: number;
}

interface Block {
  rows: Row[];
  /** Where the next row starts, or -1 once the block has ended (blank or overlong line, text end). */
  next: number;
}

/** What a header cell over a value counts for, and the bounds of the value's row. */
export interface CellContext<C> {
  credit: C | undefined;
  start: number;
  end: number;
}

/** The tables of one text, discovered on demand around the positions asked about. */
export interface TableContext<C> {
  /** For a position in a table's body row: its column's header credit and the row's bounds. */
  cell(pos: number): CellContext<C> | undefined;
  /** The credits of every header cell of the table holding `pos`, when the table reaches past `from`. */
  headers(pos: number, from: number): C[] | undefined;
}

/** Whether a table cell ends at `code`: a delimiter (tab, comma, semicolon, pipe), a quote or a line break. */
function endsCell(code: number): boolean {
  return DELIMITERS.indexOf(code) >= 0 || code === QUOTE || code === 10 || code === 13;
}

/**
 * Whether `[start, end)` is a whole table cell (spaces aside): only such a value takes its column's
 * header as context. A cheap test that keeps table lookups away from matches in prose.
 */
export function fillsCell(text: string, start: number, end: number): boolean {
  while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
  while (text.charCodeAt(end) === 32) end++;
  return (
    (start === 0 || endsCell(text.charCodeAt(start - 1))) &&
    (end >= text.length || endsCell(text.charCodeAt(end)))
  );
}

/**
 * Whether the first digit at or after `from` starts a table cell's value: before it only spaces or
 * quotes, or up to CELL_LETTERS letters and then spaces or quotes, back to a delimiter or a line start.
 */
export function startsCell(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && !(text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)) i++;
  const floor = i - 1 - CELL_LETTERS;
  i--;
  while (i > floor && i >= 0 && /[a-z]/i.test(text.charAt(i))) i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === QUOTE)) i--;
  return i < 0 || endsCell(text.charCodeAt(i));
}

/**
 * The reader's state after `code` (see FIELD_START): `code` is neither a line break outside quotes
 * nor a delimiter outside quotes, which the callers handle first.
 */
function afterCharacter(state: number, code: number): number {
  if (state === QUOTED) return code === QUOTE ? CLOSED : QUOTED;
  if (code === QUOTE) return state === IN_FIELD ? IN_FIELD : QUOTED;
  return code === 32 && state === FIELD_START ? FIELD_START : IN_FIELD;
}

/** Whether `[start, end)` holds nothing but spaces and carriage returns. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 13) return false;
  }
  return true;
}

/**
 * `name.of.words` read as `name of words` where a dot joins two words of two letters or more
 * (`date.of.birth`, `ni.no`); `d.o.b` keeps its dots, as written in prose.
 */
function dottedWords(cell: string): string {
  let dot = cell.indexOf('.');
  if (dot < 0) return cell;
  let out = '';
  let from = 0;
  for (; dot >= 0; dot = cell.indexOf('.', dot + 1)) {
    if (
      /[a-z]{2}$/i.test(cell.slice(Math.max(0, dot - 2), dot)) &&
      /^[a-z]{2}/i.test(cell.slice(dot + 1, dot + 3))
    ) {
      out += `${cell.slice(from, dot)} `;
      from = dot + 1;
    }
  }
  return out + cell.slice(from);
}

/** The header cells of the row `[start, end)`, split at `delimiter` outside quoted fields, as text. */
function headerCells(text: string, start: number, end: number, delimiter: number): string[] {
  const cells: string[] = [];
  let from = start;
  let state = FIELD_START;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (state !== QUOTED && DELIMITERS.indexOf(c) >= 0) {
      if (c === delimiter) {
        cells.push(text.slice(from, i));
        from = i + 1;
      }
      state = FIELD_START;
    } else state = afterCharacter(state, c);
  }
  cells.push(text.slice(from, end));
  return cells.map(dottedWords);
}

/**
 * The tables of `text`, each header cell given a credit by `creditOf` (once per table). Rows are read
 * once, forward from their block's start; every row of a table found is remembered, so later
 * positions in it cost a map lookup.
 */
export function tableContext<C>(text: string, creditOf: (cell: string) => C): TableContext<C> {
  /** Line start → the row holding the line (every line of a row read so far). */
  const rowOfLine = new Map<number, Row>();
  /** Row start → the table the row belongs to. */
  const tableOf = new Map<number, Table>();
  /** Context-hit position → what `headers` found there. */
  const headersAt = new Map<number, { table: Table; row: Row } | null>();
  /**
   * Rows starting before this end at their first line break: a quote opened further up stayed open
   * for MAX_ROW characters, and no row starting within them reads past a line break again.
   */
  let singleLinesUntil = 0;
  /** The last line looked up by position (a long line is measured once). */
  let lastStart = -1;
  let lastEnd = -1;
  /** Column cache: row start, position reached, column and reader state of the last column lookup. */
  let colRow = -1;
  let colAt = -1;
  let colCount = 0;
  let colState = FIELD_START;

  const lineEnd = (start: number): number => {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
  };

  /** Reads the block's next row; ends the block at a blank or overlong line or the text's end. */
  const readRow = (block: Block): Row | undefined => {
    const start = block.next;
    const firstEnd = lineEnd(start);
    if (start >= text.length || firstEnd - start > MAX_ROW || isBlank(text, start, firstEnd)) {
      block.next = -1;
      return undefined;
    }
    const counts = [0, 0, 0, 0];
    const limit = start < singleLinesUntil ? firstEnd : Math.min(text.length, start + MAX_ROW);
    let state = FIELD_START;
    let i = start;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (state !== QUOTED) {
        if (c === 10) break;
        const d = DELIMITERS.indexOf(c);
        if (d >= 0) {
          counts[d]!++;
          state = FIELD_START;
          continue;
        }
      }
      state = afterCharacter(state, c);
    }
    let end = i;
    if (state === QUOTED || (i < text.length && text.charCodeAt(i) !== 10)) {
      // A quote left open, or a record running past MAX_ROW: the first line alone is the row, and no table row.
      if (start >= singleLinesUntil) singleLinesUntil = i;
      end = firstEnd;
      counts.fill(0);
    }
    const row: Row = { start, end, counts, block, index: block.rows.length };
    block.rows.push(row);
    for (let line = start; line <= end; line = lineEnd(line) + 1) rowOfLine.set(line, row);
    block.next = end < text.length ? end + 1 : -1;
    return row;
  };

  /** The row holding `pos`, read (with every row before it in its block) on first need. */
  const rowAt = (pos: number): Row | undefined => {
    if (pos < lastStart || pos > lastEnd || lastStart < 0) {
      lastStart = pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
      lastEnd = lineEnd(lastStart);
    }
    const start = lastStart;
    const known = rowOfLine.get(start);
    if (known !== undefined) return known;
    if (lastEnd - start > MAX_ROW || isBlank(text, start, lastEnd)) return undefined;
    // Up to a line already read (its block goes on here) or a block's first line.
    let top = start;
    let block: Block | undefined;
    while (top > 0) {
      const above = top < 2 ? 0 : text.lastIndexOf('\n', top - 2) + 1;
      const row = rowOfLine.get(above);
      if (row !== undefined) {
        if (row.block.next === top) block = row.block;
        break;
      }
      if (top - 1 - above > MAX_ROW || isBlank(text, above, top - 1)) break;
      top = above;
    }
    block ??= { rows: [], next: top };
    while (!rowOfLine.has(start) && block.next >= 0 && block.next <= start) readRow(block);
    return rowOfLine.get(start);
  };

  const rowBelow = (row: Row): Row | undefined => {
    const { block } = row;
    const below = block.rows[row.index + 1];
    return below ?? (block.next >= 0 ? readRow(block) : undefined);
  };

  /** The table holding the row at `pos`, found by walking the rows around it once. */
  const tableAt = (pos: number): { table: Table; row: Row } | undefined => {
    const row = rowAt(pos);
    if (row === undefined) return undefined;
    const known = tableOf.get(row.start);
    if (known !== undefined) return { table: known, row };
    const { rows } = row.block;
    for (let d = 0; d < DELIMITERS.length; d++) {
      const count = row.counts[d]!;
      if (count <= 0) continue;
      let top = row.index;
      while (top > 0 && rows[top - 1]!.counts[d] === count && !tableOf.has(rows[top - 1]!.start))
        top--;
      let bottom = row;
      for (
        let down = rowBelow(row);
        down?.counts[d] === count && !tableOf.has(down.start);
        down = rowBelow(down)
      )
        bottom = down;
      if (bottom.index === top) continue;
      const header = rows[top]!;
      const table: Table = {
        headerEnd: header.end,
        end: bottom.end,
        delimiter: DELIMITERS[d]!,
        credits: headerCells(text, header.start, header.end, DELIMITERS[d]!).map(creditOf),
      };
      for (let k = top; k <= bottom.index; k++) tableOf.set(rows[k]!.start, table);
      return { table, row };
    }
    return undefined;
  };

  return {
    cell(pos) {
      const found = tableAt(pos);
      if (found === undefined || pos < found.table.headerEnd) return undefined;
      const { table, row } = found;
      let i = row.start;
      let count = 0;
      let state = FIELD_START;
      if (colRow === row.start && colAt <= pos) {
        i = colAt;
        count = colCount;
        state = colState;
      }
      for (; i < pos; i++) {
        const c = text.charCodeAt(i);
        if (state !== QUOTED && DELIMITERS.indexOf(c) >= 0) {
          if (c === table.delimiter) count++;
          state = FIELD_START;
        } else state = afterCharacter(state, c);
      }
      colRow = row.start;
      colAt = pos;
      colCount = count;
      colState = state;
      return { credit: table.credits[count] as C | undefined, start: row.start, end: row.end };
    },
    headers(pos, from) {
      // The same hit is asked about for zone after zone: its row is found once.
      let found = headersAt.get(pos);
      if (found === undefined) headersAt.set(pos, (found = tableAt(pos) ?? null));
      return found !== null && found.table.end > from ? (found.table.credits as C[]) : undefined;
    },
  };
}
