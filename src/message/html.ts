// HTML to plain text for scanning: every character that is sent, hidden or not, without markup.
import { Tokenizer } from 'htmlparser2';

export interface HtmlToTextOptions {
  /** Include `alt` text of images (default true): it is sent and shown when images are blocked. */
  altText?: boolean;
}

/** Elements whose start and end break the text into lines. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'textarea',
  'tfoot',
  'thead',
  'title',
  'tr',
  'ul',
  'xmp',
]);

/** Table cells are separated by a tab so that adjacent cells never run together. */
const CELL = new Set(['td', 'th']);

/** Elements whose content is code, not text. */
const DROPPED = new Set(['script', 'style']);

/** Elements whose whitespace is kept as written. */
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);

const ALT_ELEMENTS = new Set(['img', 'area', 'input']);

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

/** A `mailto:` link's first address (before any `,` or `?subject=...`). */
const MAILTO = /^\s*mailto:([^?,\s]+)/i;

/**
 * Converts HTML to text. Entities are decoded; block elements and `<br>` become newlines; script
 * and style content is dropped; text hidden by CSS (display:none, white-on-white, tiny fonts) is
 * kept because it is still sent; inline tags add nothing, so `12<b>34</b>` reads `1234`; attribute
 * values are left out except image `alt` text and the address of a `mailto:` link, written after
 * the link's text when the text does not show it. Linear in the input: a streaming tokenizer and no
 * element stack, so deep nesting costs nothing.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const altText = options.altText !== false;
  const parts: string[] = [];
  /** Last character written, or '\n' at the start so that leading whitespace and breaks are dropped. */
  let last = '\n';
  let tag = '';
  let droppedTag = '';
  let preDepth = 0;
  let attribute = '';
  let attributeValue = '';
  let alt = '';
  /** The address of the open `<a href="mailto:...">`, and where its link text starts in `parts`. */
  let mailto = '';
  let mailtoFrom = 0;

  const write = (text: string): void => {
    if (text.length === 0) return;
    parts.push(text);
    last = text[text.length - 1] as string;
  };
  const trimTrailingSpace = (): void => {
    if (last !== ' ') return;
    const tail = (parts.pop() as string).slice(0, -1);
    if (tail.length > 0) parts.push(tail);
    const previous = parts[parts.length - 1];
    last = previous === undefined ? '\n' : (previous[previous.length - 1] as string);
  };
  const lineBreak = (): void => {
    trimTrailingSpace();
    if (last !== '\n') write('\n');
  };
  const separator = (): void => {
    if (last !== '\n' && last !== ' ' && last !== '\t') write('\t');
  };
  const text = (raw: string): void => {
    if (droppedTag) return;
    if (preDepth > 0) {
      write(raw);
      return;
    }
    let collapsed = raw.replace(WHITESPACE_RUN, ' ');
    if (collapsed[0] === ' ' && (last === ' ' || last === '\n' || last === '\t'))
      collapsed = collapsed.slice(1);
    write(collapsed);
  };
  const openTag = (name: string, selfClosing: boolean): void => {
    if (droppedTag) return;
    if (DROPPED.has(name)) {
      if (!selfClosing) droppedTag = name;
      return;
    }
    if (name === 'br') {
      trimTrailingSpace();
      write('\n');
      return;
    }
    if (BLOCK.has(name)) lineBreak();
    else if (CELL.has(name)) separator();
    if (alt) {
      text(` ${alt} `);
      alt = '';
    }
    if (PREFORMATTED.has(name) && !selfClosing) preDepth++;
  };
  const closeTag = (name: string): void => {
    if (droppedTag) {
      if (name === droppedTag) droppedTag = '';
      return;
    }
    if (name === 'br') {
      write('\n');
      return;
    }
    if (name === 'a' && mailto) {
      // The address a mail link opens is sent too; written after its text unless already there.
      const linkText = parts.slice(mailtoFrom).join('').toLowerCase();
      if (!linkText.includes(mailto.toLowerCase())) text(` ${mailto} `);
      mailto = '';
    }
    if (PREFORMATTED.has(name) && preDepth > 0) preDepth--;
    if (BLOCK.has(name)) lineBreak();
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (codePoint) => text(String.fromCodePoint(codePoint)),
      onopentagname: (start, end) => {
        tag = html.slice(start, end).toLowerCase();
        alt = '';
      },
      onattribname: (start, end) => {
        attribute = html.slice(start, end).toLowerCase();
        attributeValue = '';
      },
      onattribdata: (start, end) => {
        if (attribute === 'alt' || attribute === 'href') attributeValue += html.slice(start, end);
      },
      onattribentity: (codePoint) => {
        if (attribute === 'alt' || attribute === 'href')
          attributeValue += String.fromCodePoint(codePoint);
      },
      onattribend: () => {
        if (attribute === 'alt' && altText && ALT_ELEMENTS.has(tag)) alt = attributeValue.trim();
        if (attribute === 'href' && tag === 'a') {
          const link = MAILTO.exec(attributeValue);
          if (link !== null) {
            mailto = link[1]!;
            mailtoFrom = parts.length;
          }
        }
        attribute = '';
      },
      onopentagend: () => openTag(tag, false),
      onselfclosingtag: () => openTag(tag, true),
      onclosetag: (start, end) => closeTag(html.slice(start, end).toLowerCase()),
      oncomment: () => undefined,
      oncdata: () => undefined,
      ondeclaration: () => undefined,
      onprocessinginstruction: () => undefined,
      onend: () => undefined,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  const result = parts.join('');
  let end = result.length;
  while (end > 0 && (result[end - 1] === '\n' || result[end - 1] === ' ')) end--;
  return end === result.length ? result : result.slice(0, end);
}
