/** @jest-environment ./test/support/dom-environment.js */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { DEV_ORIGIN, rewriteManifest } from '../../scripts/addin-config';
import { parseManifest, pngSize, type LocalizedString } from './manifest-model';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const HOSTED = 'https://addin.example.gov.cn/disclosure-check';

// The source manifest, and what the production build makes of it for a server under a sub-folder.
const VARIANTS = [
  { name: 'source manifest.xml', base: DEV_ORIGIN, xml: SOURCE },
  { name: `production manifest for ${HOSTED}`, base: HOSTED, xml: rewriteManifest(SOURCE, HOSTED) },
];

/** The file under the build's root that a URL of the manifest points to. */
function servedPath(url: string, base: string): string {
  expect(url.startsWith(`${base}/`)).toBe(true);
  return url.slice(base.length + 1);
}

const HAN = /\p{Script=Han}/u;

describe.each(VARIANTS)('$name', ({ base, xml }) => {
  const manifest = parseManifest(xml);

  test('every URL is HTTPS on the one add-in origin', () => {
    expect(manifest.urls.length).toBeGreaterThanOrEqual(8);
    const origin = new URL(base).origin;
    for (const url of manifest.urls) {
      expect({ url, protocol: new URL(url).protocol, origin: new URL(url).origin }).toEqual({
        url,
        protocol: 'https:',
        origin,
      });
      servedPath(url, base);
    }
  });

  test('each icon URL is a PNG in assets/ of the declared size', () => {
    expect(manifest.icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const icon of manifest.icons) {
      const file = servedPath(icon.url, base);
      expect(file).toMatch(/^assets\/[\w-]+\.png$/);
      const size = pngSize(readFileSync(path.join(ROOT, file)));
      expect({ where: icon.where, ...size }).toEqual({
        where: icon.where,
        width: icon.size,
        height: icon.size,
      });
    }
  });

  test('pages are the built task pane and commands pages', () => {
    const pages = manifest.urls.filter((u) => u.endsWith('.html')).map((u) => servedPath(u, base));
    expect([...new Set(pages)].sort()).toEqual(['commands.html', 'taskpane.html']);
    for (const page of pages) {
      const name = page.replace('.html', '');
      expect(existsSync(path.join(ROOT, 'src', name, page))).toBe(true);
    }
  });

  test('Excel and Word task pane with write access, opened from a Home-tab button in each', () => {
    expect(manifest.hosts).toEqual(['Workbook', 'Document']);
    expect(manifest.ribbons.map((r) => r.host)).toEqual(['Workbook', 'Document']);
    expect(manifest.permissions).toBe('ReadWriteDocument');
    expect(manifest.officeTabs).toEqual(['TabHome', 'TabHome']);
    expect(manifest.controlActions).toEqual(['ShowTaskpane', 'ShowTaskpane']);
  });

  test('no base requirement set, so neither Excel nor Word hides the add-in (the pane checks at run time)', () => {
    expect(manifest.requirementSets).toEqual([]);
  });

  test('every resid names a resource, and group and control ids are unique', () => {
    expect(manifest.undefinedResids).toEqual([]);
    expect(manifest.commandIds).toHaveLength(4);
    expect(new Set(manifest.commandIds).size).toBe(manifest.commandIds.length);
  });

  // What each host's button must say it works on, in Chinese and in English.
  const HOSTS = [
    { host: 'Workbook', zh: '工作表', en: /\bsheet\b/ },
    { host: 'Document', zh: '本文档', en: /\bdocument\b/ },
  ];
  describe.each(HOSTS)('$host ribbon', ({ host, zh, en }) => {
    const ribbon = manifest.ribbons.find((r) => r.host === host);
    const ICONS = {
      16: `${base}/assets/icon-16.png`,
      32: `${base}/assets/icon-32.png`,
      80: `${base}/assets/icon-80.png`,
    };
    const bilingual = (s: LocalizedString) => ({
      where: s.where,
      zh: HAN.test(s.defaultValue),
      en: (s.overrides['en-US'] ?? '') !== '' && !HAN.test(s.overrides['en-US'] ?? ''),
    });

    test('one Home-tab group, with icons 16/32/80 and a bilingual label, loading the function file', () => {
      expect(ribbon?.functionFile).toBe(`${base}/commands.html`);
      expect(ribbon?.groups.map((g) => g.tab)).toEqual(['TabHome']);
      const group = ribbon?.groups[0];
      expect(group?.icons).toEqual(ICONS);
      expect(group && bilingual(group.label)).toEqual({ where: group?.label.where, zh: true, en: true });
    });

    test('its one button opens the shared task pane, with icons 16/32/80', () => {
      const buttons = ribbon?.groups[0]?.buttons ?? [];
      expect(buttons).toHaveLength(1);
      expect(buttons[0]?.action).toEqual({
        type: 'ShowTaskpane',
        taskpaneId: 'DisclosureCheck.Pane',
        url: `${base}/taskpane.html`,
      });
      expect(buttons[0]?.icons).toEqual(ICONS);
    });

    test(`label and tooltip in zh-CN and en-US; the tooltip names what it checks (${zh})`, () => {
      const button = ribbon?.groups[0]?.buttons[0];
      for (const s of [button?.label, button?.tooltip]) {
        expect(s && bilingual(s)).toEqual({ where: s?.where, zh: true, en: true });
      }
      expect(button?.tooltip.defaultValue).toContain(zh);
      expect(button?.tooltip.overrides['en-US']).toMatch(en);
    });
  });

  test('zh-CN by default, with an en-US override for every localized string', () => {
    expect(manifest.defaultLocale).toBe('zh-CN');
    expect(manifest.localized.map((s) => s.where)).toEqual(
      expect.arrayContaining(['DisplayName', 'Description', 'bt:String OpenPane.Label']),
    );
    for (const s of manifest.localized) {
      const en = s.overrides['en-US'] ?? '';
      expect({ where: s.where, zh: HAN.test(s.defaultValue), en: en.length > 0 && !HAN.test(en) }).toEqual({
        where: s.where,
        zh: true,
        en: true,
      });
    }
  });
});

test('committed icons are exactly what scripts/make-icons.js draws', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/make-icons.js'), '--check'], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  for (const size of [16, 32, 64, 80, 128]) {
    expect(pngSize(readFileSync(path.join(ROOT, `assets/icon-${size}.png`)))).toEqual({
      width: size,
      height: size,
    });
  }
});

test('pngSize rejects bytes that are not a PNG', () => {
  expect(() => pngSize(Buffer.from('GIF89a' + '.'.repeat(30)))).toThrow('not a PNG');
});
