import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { rewriteManifest } from '../../scripts/addin-config';

/**
 * Validates manifest.xml against Microsoft's add-in manifest XSDs. The schemas are shared data next to the
 * repository (../shared/schemas/office-addin-manifest/), read from there and never copied in; where that
 * folder is absent the suite is skipped, saying why.
 */
const ROOT = path.resolve(__dirname, '../..');
const SCHEMA_DIR = path.resolve(ROOT, '../shared/schemas/office-addin-manifest');
const ENTRY_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const schemasPresent = existsSync(path.join(SCHEMA_DIR, ENTRY_SCHEMA));

if (!schemasPresent) {
  console.warn(
    `Skipping the manifest XSD validation: ${SCHEMA_DIR} is absent (the schemas are not part of this repository).`,
  );
}

function validate(xml: string): Promise<XMLValidationResult> {
  const file = (name: string) => ({
    fileName: name,
    contents: readFileSync(path.join(SCHEMA_DIR, name), 'utf8'),
  });
  const imported = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd') && f !== ENTRY_SCHEMA);
  return validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: file(ENTRY_SCHEMA),
    preload: imported.map(file),
  });
}

const messages = (result: XMLValidationResult) => result.errors.map((e) => e.message);

(schemasPresent ? describe : describe.skip)('manifest.xml against the add-in manifest XSDs', () => {
  const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

  test('the source manifest is valid', async () => {
    expect(messages(await validate(source))).toEqual([]);
  });

  test('the production manifest (URLs rewritten) is valid', async () => {
    const hosted = rewriteManifest(source, 'https://addin.example.gov.cn/disclosure-check');
    expect(messages(await validate(hosted))).toEqual([]);
  });

  // The ribbon part is checked too, not skipped as foreign content: a misspelt host type is an error.
  test('a ribbon for an unknown host type is reported invalid', async () => {
    const broken = source.replace('<Host xsi:type="Document">', '<Host xsi:type="Documents">');
    expect(broken).not.toBe(source);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(messages(result).join('\n')).toMatch(/Documents/);
  });

  test('a manifest missing its Permissions is reported invalid', async () => {
    const broken = source.replace(/<Permissions>\w+<\/Permissions>/, '');
    expect(broken).not.toBe(source);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(messages(result).join('\n')).toMatch(/Permissions/);
  });
});
