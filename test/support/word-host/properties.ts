/**
 * Document custom properties as Word stores them: /docProps/custom.xml, one `property` per key with
 * its value typed by a vt: element (lpwstr, i4/r8, bool, filetime). Keys are case-insensitive
 * (CustomPropertyCollection.getItem/add, learn.microsoft.com/javascript/api/word/word.custompropertycollection).
 */
import { ErrorCodes, fail } from '../excel-host/errors';
import { NS, PARTS, type WordPackage } from './ooxml';

export type PropertyType = 'String' | 'Number' | 'Boolean' | 'Date';

export interface PropertyView {
  key: string;
  value: string | number | boolean;
  type: PropertyType;
}

/** The fmtid Word writes on every user-defined property. */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/**
 * "the desktop version of Word will truncate string values to 255 16-bit chars (possibly creating
 * invalid unicode by breaking up a surrogate pair)" (learn.microsoft.com/javascript/api/word/word.interfaces.custompropertydata).
 */
export const DESKTOP_VALUE_LIMIT = 255;

export class Properties {
  constructor(
    private readonly pkg: WordPackage,
    private readonly truncate: boolean,
  ) {}

  private elements(): Element[] {
    const root = this.pkg.root(PARTS.custom.name);
    return root ? [...root.children].filter((c) => c.localName === 'property') : [];
  }

  find(key: string): Element | undefined {
    const want = key.toLowerCase();
    return this.elements().find((p) => (p.getAttribute('name') ?? '').toLowerCase() === want);
  }

  keys(): string[] {
    return this.elements().map((p) => p.getAttribute('name') ?? '');
  }

  view(key: string): PropertyView | undefined {
    const el = this.find(key);
    const typed = el?.firstElementChild;
    if (!el || !typed) return undefined;
    const text = typed.textContent ?? '';
    const name = el.getAttribute('name') ?? '';
    switch (typed.localName) {
      case 'i4':
      case 'r8':
        return { key: name, value: Number(text), type: 'Number' };
      case 'bool':
        return { key: name, value: text === 'true' || text === '1', type: 'Boolean' };
      case 'filetime':
        return { key: name, value: text, type: 'Date' };
      default:
        return { key: name, value: text, type: 'String' };
    }
  }

  /** CustomPropertyCollection.add: "Creates a new or sets an existing custom property." */
  set(key: unknown, value: unknown): string {
    if (typeof key !== 'string' || key === '')
      return fail(ErrorCodes.invalidArgument, 'A custom property needs a key.');
    let typed: [string, string];
    if (typeof value === 'string')
      typed = ['lpwstr', this.truncate ? value.slice(0, DESKTOP_VALUE_LIMIT) : value];
    else if (typeof value === 'number' && Number.isFinite(value))
      typed = [Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 'i4' : 'r8', String(value)];
    else if (typeof value === 'boolean') typed = ['bool', String(value)];
    else
      return fail(ErrorCodes.invalidArgument, `A custom property value cannot be ${JSON.stringify(value)}.`);
    const doc = this.pkg.xml;
    const root = this.pkg.ensure(PARTS.custom);
    let el = this.find(key);
    if (!el) {
      el = doc.createElementNS(NS.custom, 'property');
      el.setAttribute('fmtid', FMTID);
      // pids of user-defined properties start at 2.
      const pids = this.elements().map((p) => Number(p.getAttribute('pid')));
      el.setAttribute('pid', String(Math.max(1, ...pids.filter(Number.isFinite)) + 1));
      el.setAttribute('name', key);
      root.appendChild(el);
    }
    const v = doc.createElementNS(NS.vt, `vt:${typed[0]}`);
    v.textContent = typed[1];
    el.replaceChildren(v);
    return el.getAttribute('name') ?? key;
  }

  delete(key: string): void {
    this.find(key)?.remove();
  }
}
