// Finds delimited tables (CSV, TSV, xlsx sheet text) around a position, lazily and in linear time, so column headers can count as context.

/** Delimiters tried, in this order: tab (xlsx sheet text, TSV), comma, semicolon, pipe. */
const DELIMITERS = [9, 44, 59, 124];
const QUOTE = 34;
/** Lines longer than this are never table rows (keeps every lookup bounded). */
export const MAX_ROW = 4096;
/** Letters a cell value can start with before its first digit (`SW1A 1AA`, `JK 12 93 47`). */
const CELL_LETTERS = 4;

/** A run of at least two lines with the same number of one delimiter: the first line is the header. */
interface Table {
  /** End of the header line (its line break). */
  headerEnd: number;
  /** End of the last row. */
  end: number;
  delimiter: number;
  /** What each header cell counts for, in column order. */
  credits: unknown[];
}

interface Line {
  start: number;
  end: number;
  /** Per DELIMITERS entry: delimiters outside double quotes (see countDelimiters). */
  counts: number[];
  /** The line before, once looked up (finding it reads the whole of it). */
  up?: Line | undefined;
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
 * Counts each delimiter outside double quotes in `[start, end)`; all 0 (no table row) for a line with
 * unbalanced quotes or longer than MAX_ROW.
 */
function countDelimiters(text: string, start: number, end: number): number[] {
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = start; i < end && end - start <= MAX_ROW; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && DELIMITERS.indexOf(c) >= 0) counts[DELIMITERS.indexOf(c)]!++;
  }
  return quoted || end - start > MAX_ROW ? [0, 0, 0, 0] : counts;
}

/** The header cells of the line `[start, end)`, split at `delimiter` outside quotes, as text. */
function headerCells(text: string, start: number, end: number, delimiter: number): string[] {
  const cells: string[] = [];
  let from = start;
  let quoted = false;
  for (let i = start; i <= end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (i === end || (c === delimiter && !quoted)) {
      cells.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return cells;
}

/**
 * The tables of `text`, each header cell given a credit by `creditOf` (once per table). Each line's
 * delimiter counts are computed once; every line of a table found is remembered, so later positions
 * in it cost a map lookup.
 */
export function tableContext<C>(text: string, creditOf: (cell: string) => C): TableContext<C> {
  const lines = new Map<number, Line>();
  /** Line start → the table the line belongs to. */
  const tableOf = new Map<number, Table>();
  /** Context-hit position → what `headers` found there. */
  const headersAt = new Map<number, { table: Table; line: Line } | null>();
  /** The last line looked up by position (a long line is looked up once). */
  let last: Line | undefined;
  /** Column cache: row start, position, column and quote state of the last column lookup. */
  let colRow = -1;
  let colAt = -1;
  let colCount = 0;
  let colQuoted = false;

  /** The line starting at `start` (0 or just after a line break), or undefined past the text. */
  const lineFrom = (start: number): Line | undefined => {
    if (start > text.length || (start === text.length && start > 0)) return undefined;
    let line = lines.get(start);
    if (line === undefined) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      line = { start, end, counts: countDelimiters(text, start, end) };
      lines.set(start, line);
    }
    return line;
  };

  const lineAt = (pos: number): Line => {
    if (last === undefined || pos < last.start || pos >= last.end)
      last = lineFrom(pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1)!;
    return last;
  };

  const previous = (line: Line): Line | undefined =>
    line.start === 0
      ? undefined
      : (line.up ??= lineFrom(line.start < 2 ? 0 : text.lastIndexOf('\n', line.start - 2) + 1));

  /** The table holding the line at `pos`, found by walking the lines around it once. */
  const tableAt = (pos: number): { table: Table; line: Line } | undefined => {
    const line = lineAt(pos);
    const known = tableOf.get(line.start);
    if (known !== undefined) return { table: known, line };
    for (let d = 0; d < DELIMITERS.length; d++) {
      const count = line.counts[d]!;
      if (count <= 0) continue;
      const run = [line];
      let top = line;
      for (let up = previous(line); up?.counts[d] === count && !tableOf.has(up.start);) {
        run.push(up);
        top = up;
        up = previous(up);
      }
      let bottom = line;
      for (
        let down = lineFrom(line.end + 1);
        down?.counts[d] === count && !tableOf.has(down.start);
      ) {
        run.push(down);
        bottom = down;
        down = lineFrom(down.end + 1);
      }
      if (run.length < 2) continue;
      const table: Table = {
        headerEnd: top.end,
        end: bottom.end,
        delimiter: DELIMITERS[d]!,
        credits: headerCells(text, top.start, top.end, DELIMITERS[d]!).map(creditOf),
      };
      for (const member of run) tableOf.set(member.start, table);
      return { table, line };
    }
    return undefined;
  };

  return {
    cell(pos) {
      const found = tableAt(pos);
      if (found === undefined || pos < found.table.headerEnd) return undefined;
      const { table, line } = found;
      let i = line.start;
      let count = 0;
      let quoted = false;
      if (colRow === line.start && colAt <= pos) {
        i = colAt;
        count = colCount;
        quoted = colQuoted;
      }
      for (; i < pos; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) quoted = !quoted;
        else if (c === table.delimiter && !quoted) count++;
      }
      colRow = line.start;
      colAt = pos;
      colCount = count;
      colQuoted = quoted;
      return { credit: table.credits[count] as C | undefined, start: line.start, end: line.end };
    },
    headers(pos, from) {
      // The same hit is asked about for zone after zone: its line is found once.
      let found = headersAt.get(pos);
      if (found === undefined) headersAt.set(pos, (found = tableAt(pos) ?? null));
      return found !== null && found.table.end > from ? (found.table.credits as C[]) : undefined;
    },
  };
}
