import {
  DEV_ORIGIN,
  OFFICE_JS_PRESETS,
  resolveAddinUrl,
  resolveOfficeJsUrl,
  rewriteManifest,
} from '../../scripts/addin-config';

describe('resolveOfficeJsUrl (OFFICE_JS)', () => {
  test.each([
    [undefined, OFFICE_JS_PRESETS.global],
    ['', OFFICE_JS_PRESETS.global],
    ['global', OFFICE_JS_PRESETS.global],
    [' china ', OFFICE_JS_PRESETS.china],
    ['https://intranet.example.gov.cn/lib/office.js', 'https://intranet.example.gov.cn/lib/office.js'],
    ['/vendor/office.js', '/vendor/office.js'],
    ['/office-double.js', '/office-double.js'],
    ['./vendor/office.js', './vendor/office.js'],
  ])('%p → %s', (setting, url) => {
    expect(resolveOfficeJsUrl(setting)).toBe(url);
  });

  test('presets are Microsoft CDN URLs over HTTPS', () => {
    expect(OFFICE_JS_PRESETS.global).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(new URL(OFFICE_JS_PRESETS.china).hostname).toBe('appsforoffice.cdn.partner.office365.cn');
  });

  test.each([
    'http://intranet.example.gov.cn/office.js',
    '//cdn.example.com/office.js',
    'javascript:alert(1)',
    'file:///C:/office.js',
    '/office.js" onload="x',
    'chna',
    'vendor/office.js',
  ])('refuses %p', (setting) => {
    expect(() => resolveOfficeJsUrl(setting)).toThrow(
      /OFFICE_JS=.*global, china, an https:\/\/ URL or a path/,
    );
  });
});

describe('resolveAddinUrl (ADDIN_URL)', () => {
  test.each([
    [undefined, DEV_ORIGIN],
    ['', DEV_ORIGIN],
    ['https://addin.example.gov.cn', 'https://addin.example.gov.cn'],
    ['https://addin.example.gov.cn/', 'https://addin.example.gov.cn'],
    ['https://Addin.Example.gov.cn:8443/tools/checker/', 'https://addin.example.gov.cn:8443/tools/checker'],
  ])('%p → %s', (setting, base) => {
    expect(resolveAddinUrl(setting)).toBe(base);
  });

  test.each([
    ['http://addin.example.gov.cn', /must use https/],
    ['addin.example.gov.cn', /is not a URL/],
    ['https://addin.example.gov.cn/?v=1', /query or fragment/],
    ['https://addin.example.gov.cn/a"b', /unsafe/],
  ])('refuses %p', (setting, message) => {
    expect(() => resolveAddinUrl(setting)).toThrow(message);
  });
});

describe('rewriteManifest', () => {
  const xml = [
    '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
    '<bt:Image DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
    '<Other DefaultValue="https://localhost:30001/x"/>',
    '<AppDomain>https://localhost:3000</AppDomain>',
  ].join('\n');

  test('moves every dev-origin URL under the base, and only whole origins', () => {
    const out = rewriteManifest(xml, 'https://addin.example.gov.cn/checker');
    expect(out.split('\n')).toEqual([
      '<SourceLocation DefaultValue="https://addin.example.gov.cn/checker/taskpane.html"/>',
      '<bt:Image DefaultValue="https://addin.example.gov.cn/checker/assets/icon-16.png"/>',
      '<Other DefaultValue="https://localhost:30001/x"/>',
      '<AppDomain>https://addin.example.gov.cn/checker</AppDomain>',
    ]);
  });

  test('fails loudly when the manifest has no dev-origin URL', () => {
    expect(() => rewriteManifest('<OfficeApp/>', 'https://addin.example.gov.cn')).toThrow(
      /no https:\/\/localhost:3000/,
    );
  });
});
