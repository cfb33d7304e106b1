/**
 * What the manifest tests need to know about an add-in XML manifest, read with the DOM's XML parser
 * (tests using it run in the jsdom environment).
 */
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

export interface IconUse {
  /** Where the icon is declared, e.g. "IconUrl" or "bt:Image Icon.16x16". */
  where: string;
  url: string;
  /** Pixel size the manifest declares (or the docs require) for it. */
  size: number;
}

export interface LocalizedString {
  where: string;
  defaultValue: string;
  /** Override values by locale. */
  overrides: Record<string, string>;
}

export interface ManifestModel {
  defaultLocale: string;
  hosts: string[];
  permissions: string;
  requirementSets: { name: string; minVersion: string }[];
  /** Every absolute URL in an attribute or text node. */
  urls: string[];
  icons: IconUse[];
  localized: LocalizedString[];
  /** Action types of the ribbon controls, e.g. ["ShowTaskpane"]. */
  controlActions: string[];
  /** OfficeTab ids the ribbon extends. */
  officeTabs: string[];
}

// Fixed sizes of the top-level icons for task pane add-ins (manifest reference: IconUrl, HighResolutionIconUrl).
const TOP_ICON_SIZES: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export function parseManifest(xml: string): ManifestModel {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const parseError = doc.getElementsByTagName('parsererror')[0];
  if (parseError) throw new Error(`manifest.xml is not well-formed XML: ${parseError.textContent}`);
  const all = (ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name));
  const text = (ns: string, name: string) => all(ns, name)[0]?.textContent?.trim() ?? '';

  const urls: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of Array.from(el.attributes)) {
      // Namespace names look like URLs but are never fetched.
      const isNamespace = attr.name === 'xmlns' || attr.name.startsWith('xmlns:');
      if (!isNamespace && /^[a-z]+:\/\//i.test(attr.value)) urls.push(attr.value);
    }
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === n.TEXT_NODE)
      .map((n) => n.textContent?.trim() ?? '')
      .join('');
    if (/^[a-z]+:\/\//i.test(own)) urls.push(own);
  }

  const icons: IconUse[] = Object.entries(TOP_ICON_SIZES).flatMap(([name, size]) =>
    all(NS.app, name).map((el) => ({ where: name, url: el.getAttribute('DefaultValue') ?? '', size })),
  );
  // A bt:Image resource's size is the `size` of the <Icon> entries that reference it.
  const imageResources = all(NS.bt, 'Image').filter((el) => el.hasAttribute('DefaultValue'));
  const iconRefs = all(NS.bt, 'Image').filter((el) => el.hasAttribute('resid'));
  for (const resource of imageResources) {
    const id = resource.getAttribute('id') ?? '';
    const sizes = new Set(
      iconRefs
        .filter((ref) => ref.getAttribute('resid') === id)
        .map((ref) => Number(ref.getAttribute('size'))),
    );
    for (const size of sizes) {
      icons.push({ where: `bt:Image ${id}`, url: resource.getAttribute('DefaultValue') ?? '', size });
    }
  }

  const overridesOf = (el: Element, ns: string) =>
    Object.fromEntries(
      Array.from(el.children)
        .filter((c) => c.localName === 'Override' && c.namespaceURI === ns)
        .map((c) => [c.getAttribute('Locale') ?? '', c.getAttribute('Value') ?? '']),
    );
  const localized: LocalizedString[] = [
    ...['DisplayName', 'Description'].flatMap((name) =>
      all(NS.app, name).map((el) => ({
        where: name,
        defaultValue: el.getAttribute('DefaultValue') ?? '',
        overrides: overridesOf(el, NS.app),
      })),
    ),
    ...all(NS.bt, 'String').map((el) => ({
      where: `bt:String ${el.getAttribute('id')}`,
      defaultValue: el.getAttribute('DefaultValue') ?? '',
      overrides: overridesOf(el, NS.bt),
    })),
  ];

  return {
    defaultLocale: text(NS.app, 'DefaultLocale'),
    hosts: all(NS.app, 'Host').map((el) => el.getAttribute('Name') ?? ''),
    permissions: text(NS.app, 'Permissions'),
    requirementSets: all(NS.app, 'Set').map((el) => ({
      name: el.getAttribute('Name') ?? '',
      minVersion:
        el.getAttribute('MinVersion') ?? el.parentElement?.getAttribute('DefaultMinVersion') ?? '1.1',
    })),
    urls,
    icons,
    localized,
    controlActions: all(NS.overrides, 'Action').map((el) => el.getAttributeNS(XSI, 'type') ?? ''),
    officeTabs: all(NS.overrides, 'OfficeTab').map((el) => el.getAttribute('id') ?? ''),
  };
}

/** Width and height from a PNG file's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || chunkType !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
