import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { checkGrids } from '../../src/check';
import type { Grid } from '../../src/grid';
import { decodeBase64, decodeQuotedPrintable, readMhtml } from '../../src/sources/mhtml';
import type { ReadSourceOptions } from '../../src/sources/types';
import { fixtureGrid } from '../support/fixture';
import { findingsSummary, seedReportHtml, toGbk } from '../support/report-html';

const options: ReadSourceOptions = {
  sheet: 'page',
  limits: { maxUnpackedBytes: 100 * 1024 * 1024, maxCellsPerSheet: 500_000 },
};
const ascii = (s: string) => new TextEncoder().encode(s);
const texts = (grid: Grid) => [...Array(grid.rowCount).keys()].map((r) => grid.value(r, 0));

/** Quoted-printable as Blink writes it: every non-ASCII byte and '=' escaped, soft breaks at 76. */
function qp(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    const piece =
      b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x0a)
        ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(b);
    if (piece === '\n') {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/.{76}/g, '$&\r\n');

function archive(parts: { headers: string[]; body: string }[], top: string[] = []): Uint8Array {
  const boundary = '----MultipartBoundary--abc123----';
  const head = [
    'From: <Saved by Blink>',
    ...top,
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
  ];
  const body = parts.map((p) => `--${boundary}\r\n${p.headers.join('\r\n')}\r\n\r\n${p.body}\r\n`).join('');
  return ascii(`${head.join('\r\n')}\r\n\r\n\r\n${body}--${boundary}--\r\n`);
}

const PAGE =
  '<html><body><p>市政务办收到1条申请。</p><table><tr><td>自然人</td><td>1</td></tr></table></body></html>';

describe('readMhtml', () => {
  const cases: { name: string; bytes: Uint8Array }[] = [
    {
      name: 'quoted-printable UTF-8 part, charset from the part header',
      bytes: archive([
        {
          headers: [
            'Content-Type: text/html; charset="utf-8"',
            'Content-Transfer-Encoding: quoted-printable',
          ],
          body: qp(ascii(PAGE)),
        },
      ]),
    },
    {
      name: 'quoted-printable GBK part, charset from the page’s meta',
      bytes: archive([
        {
          headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable'],
          body: qp(toGbk(`<meta http-equiv="Content-Type" content="text/html; charset=GBK">${PAGE}`)),
        },
      ]),
    },
    {
      name: 'base64 GB2312 part, charset from the part header (Word’s .mht)',
      bytes: archive([
        {
          headers: ['Content-Type: text/html; charset="gb2312"', 'Content-Transfer-Encoding: base64'],
          body: base64(toGbk(PAGE)),
        },
      ]),
    },
    {
      name: '8bit part with LF line ends',
      bytes: ascii(
        `MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b1\n\n--b1\nContent-Type: text/html; charset=utf-8\n\n${PAGE}\n--b1--\n`,
      ),
    },
    {
      name: 'the part at Snapshot-Content-Location, not an earlier frame',
      bytes: archive(
        [
          {
            headers: ['Content-Type: text/html', 'Content-Location: https://x.gov.cn/ad.html'],
            body: '<p>广告</p>',
          },
          { headers: ['Content-Type: text/css', 'Content-Location: https://x.gov.cn/a.css'], body: 'p{}' },
          {
            headers: [
              'Content-Type: text/html; charset=utf-8',
              'Content-Location: https://x.gov.cn/report.html',
            ],
            body: PAGE,
          },
        ],
        ['Snapshot-Content-Location: https://x.gov.cn/report.html'],
      ),
    },
    {
      name: 'a single-part message whose body is the page',
      bytes: ascii(
        `MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(ascii(PAGE))}`,
      ),
    },
    { name: 'a plain web page saved as .mht', bytes: ascii(PAGE) },
    {
      name: 'a part without headers (plain text) before the page',
      bytes: archive([
        { headers: [], body: '<p>不是网页</p>' },
        { headers: ['Content-Type: text/html; charset=utf-8'], body: PAGE },
      ]),
    },
    {
      name: 'a part without headers is plain text, even when its text looks like headers',
      bytes: ascii(
        `Content-Type: multipart/related; boundary=b1\r\n\r\n--b1\r\n\r\nContent-Type: text/html\r\n\r\n<p>假页面</p>\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${PAGE}\r\n--b1--\r\n`,
      ),
    },
    {
      name: 'header lines without a name are passed over',
      bytes: archive([
        { headers: ['X-Junk', ': no name', 'Content-Type: text/html; charset=utf-8'], body: PAGE },
      ]),
    },
    {
      name: 'the page inside a nested multipart (mail clients’ .mht)',
      bytes: archive([
        { headers: ['Content-Type: text/plain'], body: '纯文本' },
        {
          headers: ['Content-Type: multipart/alternative; boundary="inner"'],
          body: `--inner\r\nContent-Type: text/plain\r\n\r\n纯文本\r\n--inner\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${PAGE}\r\n--inner--`,
        },
      ]),
    },
    {
      name: 'the boundary inside a line of the page is text, not a delimiter',
      bytes: ascii(
        `Content-Type: multipart/related; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${PAGE.replace('<body>', '<body><!-- x--b1 -->')}\r\n--b1--\r\n`,
      ),
    },
    {
      name: 'cut right after a delimiter, before its line ends',
      bytes: ascii(
        `Content-Type: multipart/related; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${PAGE}\r\n--b1`,
      ),
    },
  ];

  it.each(cases)('$name', ({ bytes }) => {
    const doc = readMhtml(bytes, options);
    expect(texts(doc.grids[0])).toEqual(['市政务办收到1条申请。', '自然人']);
    expect(doc.grids[0].value(1, 1)).toBe(1);
  });

  it('says mhtml for archives', () => {
    expect(readMhtml(cases[0].bytes, options).format).toBe('mhtml');
  });

  const bad: { name: string; bytes: Uint8Array; code: string }[] = [
    { name: 'no bytes', bytes: new Uint8Array(0), code: 'empty' },
    { name: 'a zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), code: 'wrong-format' },
    { name: 'a PDF', bytes: ascii('%PDF-1.4\n'), code: 'wrong-format' },
    {
      name: 'headers without a blank line',
      bytes: ascii('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x'),
      code: 'corrupt',
    },
    { name: 'no Content-Type', bytes: ascii('Subject: x\r\n\r\nbody'), code: 'corrupt' },
    {
      name: 'multipart without a boundary',
      bytes: ascii('Content-Type: multipart/related\r\n\r\n--x\r\n'),
      code: 'corrupt',
    },
    {
      name: 'boundary never found',
      bytes: ascii('Content-Type: multipart/related; boundary=zz\r\n\r\n--yy\r\n\r\n<p>a</p>'),
      code: 'corrupt',
    },
    {
      name: 'no html part',
      bytes: archive([
        { headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64'], body: 'iVBORw0KGgo=' },
      ]),
      code: 'corrupt',
    },
    {
      name: 'cut inside the first boundary line',
      bytes: ascii('Content-Type: multipart/related; boundary=zz\r\n\r\n--zz'),
      code: 'truncated',
    },
    {
      name: 'cut after the first boundary',
      bytes: ascii('Content-Type: multipart/related; boundary=zz\r\n\r\n--zz\r\n'),
      code: 'truncated',
    },
    {
      name: 'an archive of something else',
      bytes: ascii('Content-Type: application/pdf\r\n\r\nxx'),
      code: 'corrupt',
    },
  ];
  it.each(bad)('$name → $code', ({ bytes, code }) => {
    expect(() => readMhtml(bytes, options)).toThrow(expect.objectContaining({ code }));
  });

  it('reads what there is of an archive cut inside its page', () => {
    const whole = archive([
      {
        headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'],
        body: qp(ascii(PAGE)),
      },
    ]);
    const cut = whole.subarray(0, whole.length - 120);
    expect(texts(readMhtml(cut, options).grids[0])[0]).toBe('市政务办收到1条申请。');
  });
});

describe('transfer encodings', () => {
  it.each([
    ['a=3Db', 'a=b'],
    ['soft=\r\nbreak', 'softbreak'],
    ['soft=\nbreak', 'softbreak'],
    ['=E4=B8=AD', '中'],
    ['=e4=b8=ad', '中'],
    ['stray = and =ZZ', 'stray = and =ZZ'],
    // One hex digit of two is no escape either way round.
    ['=4Z and =Z4', '=4Z and =Z4'],
  ])('quoted-printable %j', (input, output) => {
    expect(new TextDecoder().decode(decodeQuotedPrintable(input))).toBe(output);
  });

  it.each([
    ['5Lit5paH', '中文'],
    ['5Lit\r\n5paH', '中文'],
    ['YQ==', 'a'],
    ['YWI=', 'ab'],
    ['!!Y W M', 'ac'],
    // Outside ASCII (a no-break space, a full-width letter) is outside the alphabet too.
    ['5Lit\u00a05p\uff21a\u0080H', '中文'],
  ])('base64 %j', (input, output) => {
    expect(new TextDecoder().decode(decodeBase64(input))).toBe(output);
  });
});

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Chromium (${CHROMIUM}) is not installed: skipping the Chromium MHTML tests.`);

(hasChromium ? describe : describe.skip)('the seed report saved as MHTML by Chromium', () => {
  const archives: Partial<Record<'utf-8' | 'gbk', Uint8Array>> = {};
  jest.setTimeout(60_000);

  beforeAll(async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      for (const charset of ['utf-8', 'gbk'] as const) {
        // Served with no charset header, so the browser sniffs the page's own meta as it would online.
        await page.route('https://www.zhengzhou.gov.cn/**', (route) =>
          route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: Buffer.from(seedReportHtml({ charset })),
          }),
        );
        await page.goto(`https://www.zhengzhou.gov.cn/${charset}/report.html`);
        const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
        archives[charset] = new Uint8Array(Buffer.from(data, 'latin1'));
        await page.unroute('https://www.zhengzhou.gov.cn/**');
      }
    } finally {
      await browser.close();
    }
  }, 60_000);

  const expected = findingsSummary(checkGrids([fixtureGrid()]));

  it.each(['utf-8', 'gbk'] as const)(
    'page in %s: a real Blink archive, read with the same findings',
    (charset) => {
      const bytes = archives[charset];
      if (!bytes) throw new Error('no archive');
      const head = new TextDecoder().decode(bytes.subarray(0, 600));
      expect(head).toMatch(/^From: <Saved by Blink>/);
      expect(head).toMatch(/Snapshot-Content-Location: https:\/\/www\.zhengzhou\.gov\.cn\//);
      const doc = readMhtml(bytes, options);
      expect(doc.format).toBe('mhtml');
      expect(findingsSummary(checkGrids(doc.grids))).toEqual(expected);
    },
  );
});
