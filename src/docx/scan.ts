/**
 * An XML scanner that remembers where each element sits in the text, so the annotator can splice
 * its additions into a part and leave every other byte as it was (re-serializing a tree would
 * rewrite the whole part). The parts were already read strictly by src/sources/xml.ts; this pass
 * only needs to be exact about positions. Pure TypeScript: it runs in the browser.
 */
import { SourceReadError } from '../sources/types';
import type { XmlElement } from '../sources/xml';

export interface ScanNode extends XmlElement {
  readonly children: (ScanNode | string)[];
  /** Index of the '<' of the start tag. */
  readonly start: number;
  /** Index just after the start tag's '>'. */
  readonly openEnd: number;
  /** Index of the '<' of the end tag; openEnd - 2 (the '/>') for an empty-element tag. */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  readonly selfClosing: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Scans a part into a tree of positioned elements. Text is kept (entities decoded) only inside
 * elements whose local name `keepText` accepts, as src/sources/xml.ts does.
 */
export function scanXml(
  text: string,
  part: string,
  keepText: (local: string) => boolean = () => false,
): ScanNode {
  const fail = (at: number, why: string): never => {
    throw new SourceReadError('corrupt', `${part}: ${why} at character ${at}`);
  };
  const stack: ScanNode[] = [];
  const keeping: boolean[] = [];
  let root: ScanNode | undefined;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > i && keeping[keeping.length - 1])
      stack[stack.length - 1].children.push(decode(text.slice(i, textEnd)));
    if (lt < 0) break;
    if (text.startsWith('<?', lt)) i = after(text.indexOf('?>', lt), 2, lt);
    else if (text.startsWith('<!--', lt)) i = after(text.indexOf('-->', lt), 3, lt);
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt);
      if (end >= 0 && keeping[keeping.length - 1])
        stack[stack.length - 1].children.push(text.slice(lt + 9, end));
      i = after(end, 3, lt);
    } else if (text.startsWith('</', lt)) {
      const end = after(text.indexOf('>', lt), 1, lt);
      const open = stack.pop();
      keeping.pop();
      if (!open || open.name !== text.slice(lt + 2, end - 1).trim())
        fail(lt, 'an end tag that does not match');
      (open as ScanNode).closeStart = lt;
      (open as ScanNode).end = end;
      i = end;
    } else i = startTag(lt);
  }
  if (stack.length > 0 || !root) return fail(text.length, 'an element left open');
  return root;

  function after(found: number, length: number, at: number): number {
    if (found < 0) fail(at, 'a markup cut short');
    return found + length;
  }

  function startTag(lt: number): number {
    let q = lt + 1;
    while (q < text.length && !/[\s/>]/.test(text[q])) q++;
    const name = text.slice(lt + 1, q);
    const attrs: Record<string, string> = {};
    for (;;) {
      while (q < text.length && /\s/.test(text[q])) q++;
      if (q >= text.length) return fail(lt, `<${name}> cut short`);
      if (text[q] === '>' || text.startsWith('/>', q)) break;
      const eq = text.indexOf('=', q);
      if (eq < 0) return fail(q, `a bad attribute in <${name}>`);
      let v = eq + 1;
      while (/\s/.test(text[v] ?? '')) v++;
      const quote = text[v];
      const close = quote === '"' || quote === "'" ? text.indexOf(quote, v + 1) : -1;
      if (close < 0) return fail(q, `a bad attribute in <${name}>`);
      attrs[text.slice(q, eq).trim()] = decode(text.slice(v + 1, close));
      q = close + 1;
    }
    const selfClosing = text[q] === '/';
    const openEnd = q + (selfClosing ? 2 : 1);
    const node: ScanNode = {
      name,
      attrs,
      children: [],
      start: lt,
      openEnd,
      closeStart: selfClosing ? q : -1,
      end: selfClosing ? openEnd : -1,
      selfClosing,
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else if (root) fail(lt, 'a second root element');
    else root = node;
    if (!selfClosing) {
      stack.push(node);
      keeping.push(keepText(localOf(name)));
    }
    return openEnd;
  }
}

function localOf(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** The child elements of a node. */
export function elements(node: ScanNode): ScanNode[] {
  return node.children.filter((c): c is ScanNode => typeof c !== 'string');
}

/** The first child element named `name`. */
export function firstChild(node: ScanNode, name: string): ScanNode | undefined {
  return elements(node).find((c) => c.name === name);
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}
