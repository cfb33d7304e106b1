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
  /** The ribbon of each VersionOverrides host, with every resid resolved to its resource. */
  ribbons: HostRibbon[];
  /** resid values that name no resource (Office refuses such a manifest). */
  undefinedResids: string[];
  /** id attributes of Group and Control elements (the docs require them unique in the manifest). */
  commandIds: string[];
}

export interface RibbonButton {
  id: string;
  label: LocalizedString;
  tooltip: LocalizedString;
  /** Icon URL by declared size. */
  icons: Record<number, string>;
  action: { type: string; taskpaneId: string; url: string };
}

export interface HostRibbon {
  /** VersionOverrides host type, e.g. "Workbook" or "Document". */
  host: string;
  functionFile: string;
  groups: {
    tab: string;
    id: string;
    label: LocalizedString;
    icons: Record<number, string>;
    buttons: RibbonButton[];
  }[];
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

  // Resources by id: bt:Image / bt:Url / bt:String, each with its DefaultValue and overrides.
  const resources = new Map<string, LocalizedString>();
  for (const name of ['Image', 'Url', 'String']) {
    for (const el of all(NS.bt, name).filter((e) => e.hasAttribute('DefaultValue'))) {
      const id = el.getAttribute('id') ?? '';
      resources.set(id, {
        where: `bt:${name} ${id}`,
        defaultValue: el.getAttribute('DefaultValue') ?? '',
        overrides: overridesOf(el, NS.bt),
      });
    }
  }
  const undefinedResids = Array.from(doc.querySelectorAll('[resid]'))
    .map((el) => el.getAttribute('resid') ?? '')
    .filter((id) => !resources.has(id));
  const missing: LocalizedString = { where: '(undefined resid)', defaultValue: '', overrides: {} };
  const resolve = (el: Element | undefined) => resources.get(el?.getAttribute('resid') ?? '') ?? missing;
  // Children in the VersionOverrides namespace (bt:Image icon entries are in the bt namespace).
  const child = (el: Element, name: string) =>
    Array.from(el.children).find((c) => c.localName === name && c.namespaceURI === NS.overrides);
  const children = (el: Element, name: string) =>
    Array.from(el.children).filter((c) => c.localName === name && c.namespaceURI === NS.overrides);
  const iconsOf = (el: Element): Record<number, string> => {
    const icon = child(el, 'Icon');
    const entries = icon ? Array.from(icon.children).filter((c) => c.localName === 'Image') : [];
    return Object.fromEntries(
      entries.map((img) => [Number(img.getAttribute('size')), resolve(img).defaultValue]),
    );
  };
  const ribbons: HostRibbon[] = all(NS.overrides, 'Host').map((host) => {
    const form = child(host, 'DesktopFormFactor');
    const tabs = form ? children(form, 'ExtensionPoint').flatMap((ep) => children(ep, 'OfficeTab')) : [];
    return {
      host: host.getAttributeNS(XSI, 'type') ?? '',
      functionFile: resolve(form && child(form, 'FunctionFile')).defaultValue,
      groups: tabs.flatMap((tab) =>
        children(tab, 'Group').map((group) => ({
          tab: tab.getAttribute('id') ?? '',
          id: group.getAttribute('id') ?? '',
          label: resolve(child(group, 'Label')),
          icons: iconsOf(group),
          buttons: children(group, 'Control').map((control) => {
            const supertip = child(control, 'Supertip');
            const action = child(control, 'Action');
            return {
              id: control.getAttribute('id') ?? '',
              label: resolve(child(control, 'Label')),
              tooltip: resolve(supertip && child(supertip, 'Description')),
              icons: iconsOf(control),
              action: {
                type: action?.getAttributeNS(XSI, 'type') ?? '',
                taskpaneId: (action && child(action, 'TaskpaneId')?.textContent?.trim()) ?? '',
                url: resolve(action && child(action, 'SourceLocation')).defaultValue,
              },
            };
          }),
        })),
      ),
    };
  });
  const commandIds = [...all(NS.overrides, 'Group'), ...all(NS.overrides, 'Control')].map(
    (el) => el.getAttribute('id') ?? '',
  );

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
    ribbons,
    undefinedResids,
    commandIds,
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
