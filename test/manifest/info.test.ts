import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { getOfficeAppsForManifestHosts, OfficeAddinManifest, OfficeApp } from 'office-addin-manifest';
import { tmpdir } from 'os';
import path from 'path';
import { rewriteManifest } from '../../scripts/addin-config';

/** What `office-addin-manifest info` reads from the manifest (offline; `npm run validate` needs Microsoft's service). */
const ROOT = path.resolve(__dirname, '../..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('office-addin-manifest reads the source manifest', async () => {
  const info = await OfficeAddinManifest.readManifestFile(path.join(ROOT, 'manifest.xml'));
  expect(info).toMatchObject({
    manifestType: 'xml',
    officeAppType: 'TaskPaneApp',
    hosts: ['Workbook', 'Document'],
    permissions: 'ReadWriteDocument',
    defaultLocale: 'zh-CN',
    displayName: '政府信息公开年报校验助手',
    iconUrl: 'https://localhost:3000/assets/icon-32.png',
    highResolutionIconUrl: 'https://localhost:3000/assets/icon-64.png',
    defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
  });
  expect(info.id).toMatch(GUID);
  expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  // What `npm start -- desktop --app excel|word` (office-addin-debugging) accepts for this manifest.
  expect(getOfficeAppsForManifestHosts(info.hosts)).toEqual([OfficeApp.Excel, OfficeApp.Word]);
});

test('office-addin-manifest reads the production manifest with the hosted URLs', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
  try {
    const file = path.join(dir, 'manifest.xml');
    const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    writeFileSync(file, rewriteManifest(source, 'https://addin.example.gov.cn'));
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.iconUrl).toBe('https://addin.example.gov.cn/assets/icon-32.png');
    expect(info.defaultSettings?.sourceLocation).toBe('https://addin.example.gov.cn/taskpane.html');
    expect(info.hosts).toEqual(['Workbook', 'Document']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
