/**
 * A .docx as Word's `body.getOoxml()` hands it over: a flat OPC package (one XML text, the
 * "Word XML Document" format) of `pkg:part`s, each named by its part name and content type, XML
 * parts inline in `pkg:xmlData` and the others base64 in `pkg:binaryData` (wrapped at 76
 * characters, as Word writes it). [Content_Types].xml is not a part: it becomes the parts'
 * `pkg:contentType`. Used to feed the simulated Word host with real documents.
 */
import { strFromU8, unzipSync } from 'fflate';

export const PKG_NAMESPACE = 'http://schemas.microsoft.com/office/2006/xmlPackage';

const CONTENT_TYPES = '[Content_Types].xml';

/** The flat OPC text of a .docx's bytes. */
export function docxToFlatOpc(bytes: Uint8Array): string {
  const entries = unzipSync(bytes);
  const types = contentTypes(entries[CONTENT_TYPES]);
  const parts: string[] = [];
  for (const [name, data] of Object.entries(entries)) {
    if (name === CONTENT_TYPES || name.endsWith('/')) continue;
    const partName = `/${name}`;
    const type = types.override.get(partName.toLowerCase()) ?? types.byExtension.get(extension(name)) ?? '';
    const attrs = `pkg:name="${escape(partName)}" pkg:contentType="${escape(type)}"`;
    if (isXml(name, type)) {
      const xml = strFromU8(data).replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, '');
      parts.push(`<pkg:part ${attrs}><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`);
    } else {
      const base64 = Buffer.from(data).toString('base64').replace(/.{76}/g, '$&\n');
      parts.push(
        `<pkg:part ${attrs} pkg:compression="store"><pkg:binaryData>${base64}</pkg:binaryData></pkg:part>`,
      );
    }
  }
  return (
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
    `<pkg:package xmlns:pkg="${PKG_NAMESPACE}">${parts.join('')}</pkg:package>`
  );
}

function isXml(name: string, type: string): boolean {
  return /[+/]xml$/.test(type) || /\.(xml|rels)$/i.test(name);
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Default (by extension) and Override (by part name) content types of the package. */
function contentTypes(bytes: Uint8Array | undefined): {
  byExtension: Map<string, string>;
  override: Map<string, string>;
} {
  const byExtension = new Map<string, string>();
  const override = new Map<string, string>();
  const text = bytes ? strFromU8(bytes) : '';
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  for (const tag of text.match(/<(\w+:)?(Default|Override)\b[^>]*>/g) ?? []) {
    const type = attr(tag, 'ContentType');
    if (type === undefined) continue;
    const ext = attr(tag, 'Extension');
    const part = attr(tag, 'PartName');
    if (ext !== undefined) byExtension.set(ext.toLowerCase(), type);
    if (part !== undefined) override.set(part.toLowerCase(), type);
  }
  return { byExtension, override };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
