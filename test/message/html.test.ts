// htmlToText: hidden text kept, entities, blocks, tags between digits, deep nesting.
import { htmlToText } from '../../src/message/html';

describe('htmlToText', () => {
  it('keeps text hidden by CSS because it is still sent', () => {
    const html =
      '<p>Visible</p><div style="display:none">hidden 943 476 5919</div>' +
      '<span style="color:#ffffff;background:#ffffff">white on white</span><span hidden>attr hidden</span>' +
      '<font size="1" color="white">tiny</font>';
    const text = htmlToText(html);
    expect(text).toContain('hidden 943 476 5919');
    expect(text).toContain('white on white');
    expect(text).toContain('attr hidden');
    expect(text).toContain('tiny');
  });

  it('drops script and style content, comments and attribute values', () => {
    const html =
      '<html><head><style>p { color: red }</style><script>var nhs = "9434765919";</script></head>' +
      '<body><!-- 1234567890 --><a href="https://x.example/?id=9434765919" title="t">link</a></body></html>';
    expect(htmlToText(html)).toBe('link');
  });

  it("writes a mailto link's address after its text, once", () => {
    expect(htmlToText('Contact <a href="mailto:jo.bloggs@gmail.com">Jo</a>.')).toBe(
      'Contact Jo jo.bloggs@gmail.com .',
    );
    expect(htmlToText('<a href="MAILTO:Jo@Example.org?subject=Case%2012">jo@example.org</a>')).toBe(
      'jo@example.org',
    );
    expect(htmlToText('<a href="mailto:sam&#64;example.org,jo@example.org">Sam</a>')).toBe(
      'Sam sam@example.org',
    );
    expect(htmlToText('<a href="https://example.org/mailto:x@y.z">site</a>')).toBe('site');
  });

  it('decodes named and numeric entities', () => {
    expect(htmlToText('Tom &amp; Jerry &lt;3 &#163;5 &#x41; caf&eacute;&nbsp;x')).toBe(
      'Tom & Jerry <3 \u00a35 A caf\u00e9\u00a0x',
    );
  });

  it('turns block elements and <br> into newlines and collapses source whitespace', () => {
    expect(
      htmlToText(
        '<div>one</div><div>two<br>three</div>\n\n   <p>four   five</p><ul><li>a</li><li>b</li></ul>',
      ),
    ).toBe('one\ntwo\nthree\nfour five\na\nb');
  });

  it('drops inline tags between digits without adding spaces', () => {
    expect(htmlToText('12<b>34</b>')).toBe('1234');
    expect(htmlToText('NHS 943<span>476</span><i>5919</i>')).toBe('NHS 9434765919');
    expect(htmlToText('<td>12</td><td>34</td>')).toBe('12\t34');
  });

  it('keeps preformatted whitespace and image alt text', () => {
    expect(htmlToText('<pre>a\n  b</pre>')).toBe('a\n  b');
    expect(htmlToText('Photo: <img src="x.png" alt="Jo at home">!')).toBe('Photo: Jo at home !');
    expect(htmlToText('<img alt="x">', { altText: false })).toBe('');
  });

  it('handles 100k nested divs well under a second, without recursion', () => {
    const n = 100000;
    const html = '<div>'.repeat(n) + '943 476 5919' + '</div>'.repeat(n);
    const start = performance.now();
    expect(htmlToText(html)).toBe('943 476 5919');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('handles 100k unmatched close tags and unclosed tags in linear time', () => {
    const n = 100000;
    const start = performance.now();
    htmlToText('<span>'.repeat(n) + '</div>'.repeat(n) + '<b x="'.repeat(1000));
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('treats text that is not HTML as text', () => {
    expect(htmlToText('plain 1 < 2 and 3 > 2')).toBe('plain 1 < 2 and 3 > 2');
    expect(htmlToText('')).toBe('');
  });
});
