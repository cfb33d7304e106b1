/**
 * Word list numbering: the label Word shows before a numbered paragraph ("（一）", "1.", "1.2",
 * "A."), from numbering.xml (w:abstractNum levels, w:num instances with w:lvlOverride) and
 * styles.xml (numbering given by a paragraph style). A report's "（一）主动公开情况" is often such
 * a label, not typed text, so without it the reader would lose the marker.
 *
 * Counting as Word does: the counters live with the abstract definition, so w:num instances that
 * share one continue each other's count, unless an instance has a w:startOverride, which restarts
 * the level at the instance's first paragraph. Using a level resets the deeper levels (w:lvlRestart
 * can limit that). A level not yet used shows its start value in multi-level texts ("%1.%2").
 */
import { child, childElements, prefixOf, type XmlElement } from './xml';

const W_NAMESPACES = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
];

/** Qualifies Word's local names with the prefix a part binds to the WordprocessingML namespace. */
export function wordNames(root: XmlElement): (local: string) => string {
  let prefix: string | undefined;
  for (const ns of W_NAMESPACES) prefix ??= prefixOf(root, ns);
  const p = prefix ?? 'w';
  return p === '' ? (local) => local : (local) => `${p}:${local}`;
}

type Suffix = 'tab' | 'space' | 'nothing';

interface Level {
  start: number;
  format: string;
  /** w:lvlText; undefined when the level shows no text. */
  text: string | undefined;
  /** w:lvlRestart: the level restarts only after levels above this 1-based number; 0 = never. */
  restart: number | undefined;
  legal: boolean;
  suffix: Suffix;
  hidden: boolean;
  style: string | undefined;
}

interface AbstractNum {
  id: string;
  levels: (Level | undefined)[];
  /** w:numStyleLink: the levels live in the abstract definition of this numbering style. */
  numStyleLink: string | undefined;
}

interface Num {
  abstractId: string;
  /** Per level: a restart value and/or a whole replacement level. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface StyleInfo {
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

/** What a paragraph's properties say about its list: w:numPr and w:pStyle. */
export interface ParagraphList {
  numId?: string;
  ilvl?: number;
  style?: string;
}

const LEVELS = 9;

function intAttr(el: XmlElement | undefined, attr: string): number | undefined {
  const v = el?.attrs[attr];
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads w:numPr and w:pStyle of a w:pPr. */
export function paragraphList(pPr: XmlElement | undefined, q: (local: string) => string): ParagraphList {
  if (!pPr) return {};
  const out: ParagraphList = {};
  const style = child(pPr, q('pStyle'))?.attrs[q('val')];
  if (style !== undefined) out.style = style;
  const numPr = child(pPr, q('numPr'));
  if (numPr) {
    const numId = child(numPr, q('numId'))?.attrs[q('val')];
    if (numId !== undefined) out.numId = numId;
    const ilvl = intAttr(child(numPr, q('ilvl')), q('val'));
    if (ilvl !== undefined) out.ilvl = ilvl;
  }
  return out;
}

/** The list definitions of a document and the running counters of its lists, in document order. */
export class ListNumbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, StyleInfo>();
  private defaultStyle: string | undefined;
  /** Counters per abstract definition; undefined = level not used since its last reset. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** Restart values set by an instance's w:startOverride, per abstract definition. */
  private readonly startAt = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  /** `numbering` and `styles` are the roots of numbering.xml and styles.xml, where present. */
  constructor(numbering: XmlElement | undefined, styles: XmlElement | undefined) {
    if (numbering) this.readNumbering(numbering);
    if (styles) this.readStyles(styles);
  }

  private readNumbering(root: XmlElement): void {
    const q = wordNames(root);
    for (const el of childElements(root)) {
      if (el.name === q('abstractNum')) {
        const id = el.attrs[q('abstractNumId')];
        if (id === undefined) continue;
        const levels: (Level | undefined)[] = new Array(LEVELS).fill(undefined);
        for (const lvl of childElements(el)) {
          if (lvl.name !== q('lvl')) continue;
          const i = intAttr(lvl, q('ilvl')) ?? 0;
          if (i >= 0 && i < LEVELS) levels[i] = readLevel(lvl, q);
        }
        const link = child(el, q('numStyleLink'))?.attrs[q('val')];
        this.abstracts.set(id, { id, levels, numStyleLink: link });
      } else if (el.name === q('num')) {
        const id = el.attrs[q('numId')];
        const abstractId = child(el, q('abstractNumId'))?.attrs[q('val')];
        if (id === undefined || abstractId === undefined) continue;
        const overrides: Num['overrides'] = new Map();
        for (const o of childElements(el)) {
          if (o.name !== q('lvlOverride')) continue;
          const i = intAttr(o, q('ilvl')) ?? 0;
          const start = intAttr(child(o, q('startOverride')), q('val'));
          const lvl = child(o, q('lvl'));
          overrides.set(i, { start, level: lvl ? readLevel(lvl, q) : undefined });
        }
        this.nums.set(id, { abstractId, overrides });
      }
    }
  }

  private readStyles(root: XmlElement): void {
    const q = wordNames(root);
    for (const el of childElements(root)) {
      // Numbering styles too: a list style's w:numStyleLink names one, whose numPr holds the list.
      const type = el.attrs[q('type')];
      if (el.name !== q('style') || (type !== 'paragraph' && type !== 'numbering')) continue;
      const id = el.attrs[q('styleId')];
      if (id === undefined) continue;
      const list = paragraphList(child(el, q('pPr')), q);
      this.styles.set(id, {
        basedOn: child(el, q('basedOn'))?.attrs[q('val')],
        numId: list.numId,
        ilvl: list.ilvl,
      });
      const isDefault = el.attrs[q('default')];
      if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) this.defaultStyle ??= id;
    }
  }

  /** Numbering inherited from a paragraph style and the styles it is based on. */
  private styleList(styleId: string | undefined): { numId?: string; ilvl?: number } {
    const out: { numId?: string; ilvl?: number } = {};
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < 20; depth++) {
      const s = this.styles.get(id);
      if (!s) break;
      out.numId ??= s.numId;
      out.ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return out;
  }

  /** The abstract definition of an instance, through one w:numStyleLink hop. */
  private abstractOf(num: Num): AbstractNum | undefined {
    const a = this.abstracts.get(num.abstractId);
    if (!a?.numStyleLink) return a;
    const linked = this.styleList(a.numStyleLink).numId;
    const target = linked === undefined ? undefined : this.nums.get(linked);
    return target ? this.abstracts.get(target.abstractId) : a;
  }

  /**
   * Advances the list counter of one paragraph (in document order) and returns the label Word
   * shows before it, with its separator: '' when the paragraph is not numbered.
   */
  next(list: ParagraphList): string {
    const styleId = list.style ?? this.defaultStyle;
    const inherited = this.styleList(styleId);
    const numId = list.numId ?? inherited.numId;
    if (numId === undefined || numId === '0') return '';
    const num = this.nums.get(numId);
    if (!num) return '';
    const abstract = this.abstractOf(num);
    if (!abstract) return '';
    const levelOf = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abstract.levels[i];
    let ilvl = list.ilvl ?? inherited.ilvl;
    if (ilvl === undefined && styleId !== undefined) {
      const byStyle = abstract.levels.findIndex((l) => l?.style === styleId);
      if (byStyle >= 0) ilvl = byStyle;
    }
    ilvl = Math.min(Math.max(ilvl ?? 0, 0), LEVELS - 1);
    const level = levelOf(ilvl);
    if (!level) return '';

    const key = abstract.id;
    let counts = this.counters.get(key);
    let starts = this.startAt.get(key);
    if (!counts || !starts) {
      counts = new Array(LEVELS).fill(undefined);
      starts = new Array(LEVELS).fill(undefined);
      this.counters.set(key, counts);
      this.startAt.set(key, starts);
    }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // An override of a level that does not exist (w:ilvl 12, or -1) lands where no level is read.
      for (const [i, o] of num.overrides) {
        const start = o.start ?? o.level?.start;
        if (start === undefined) continue;
        starts[i] = start;
        counts[i] = undefined;
      }
    }
    const startOf = (i: number): number => starts[i] ?? levelOf(i)?.start ?? 1;
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let j = ilvl + 1; j < LEVELS; j++) {
      const restart = levelOf(j)?.restart;
      if (restart === undefined || ilvl < restart) counts[j] = undefined;
    }

    if (level.hidden || level.text === undefined) return '';
    let label: string;
    if (level.format === 'bullet') label = bulletText(level.text);
    else
      label = level.text.replace(/%([1-9])/g, (_, d: string) => {
        const i = Number(d) - 1;
        const value = counts[i] ?? startOf(i);
        // Stryker disable next-line StringLiteral: equivalent: formatNumber writes any format it does not know as decimal
        const format = level.legal ? 'decimal' : (levelOf(i)?.format ?? 'decimal');
        return formatNumber(value, format);
      });
    if (label === '') return '';
    // A tab after the label is rendered as a space, like w:tab in the text (see docx.ts).
    return level.suffix === 'nothing' ? label : `${label} `;
  }
}

function readLevel(lvl: XmlElement, q: (local: string) => string): Level {
  const val = q('val');
  let numFmt = child(lvl, q('numFmt'));
  if (!numFmt) {
    // Word 2010+ writes custom formats as mc:AlternateContent; its fallback holds a standard one.
    for (const el of childElements(lvl)) {
      if (!el.name.endsWith('AlternateContent')) continue;
      const fallback = childElements(el).find((b) => b.name.endsWith('Fallback'));
      numFmt = fallback && child(fallback, q('numFmt'));
      if (numFmt) break;
    }
  }
  const text = child(lvl, q('lvlText'));
  const suffix = child(lvl, q('suff'))?.attrs[val];
  const rPr = child(lvl, q('rPr'));
  const vanish = rPr && child(rPr, q('vanish'));
  const isLgl = child(lvl, q('isLgl'));
  return {
    start: intAttr(child(lvl, q('start')), val) ?? 0,
    // Stryker disable next-line StringLiteral: equivalent: formatNumber writes any format it does not know as decimal, and only 'bullet' is compared
    format: numFmt?.attrs[val] ?? 'decimal',
    text: text?.attrs[val],
    restart: intAttr(child(lvl, q('lvlRestart')), val),
    legal: isOn(isLgl, val),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    hidden: isOn(vanish, val),
    style: child(lvl, q('pStyle'))?.attrs[val],
  };
}

/** An on/off property: present and not switched off by w:val. */
function isOn(el: XmlElement | undefined, val: string): boolean {
  if (!el) return false;
  const v = el.attrs[val];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** Bullets in symbol fonts are private-use characters that mean nothing as text: shown as '•'. */
function bulletText(text: string): string {
  return text.replace(/[\uf000-\uf0ff]/g, '•');
}

const CHINESE = {
  digits: '〇一二三四五六七八九',
  zero: '零',
  units: ['', '十', '百', '千'],
  myriad: '万',
  omitLeadingOne: true,
};
const LEGAL_SIMPLIFIED = {
  digits: '零壹贰叁肆伍陆柒捌玖',
  zero: '零',
  units: ['', '拾', '佰', '仟'],
  myriad: '万',
  omitLeadingOne: false,
};
const LEGAL_TRADITIONAL = {
  digits: '零壹貳參肆伍陸柒捌玖',
  zero: '零',
  units: ['', '拾', '佰', '仟'],
  myriad: '萬',
  omitLeadingOne: false,
};

/** A counter value in one of Word's w:numFmt formats; formats we do not know show as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return counting(n, CHINESE);
    case 'chineseLegalSimplified':
      return counting(n, LEGAL_SIMPLIFIED);
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      return counting(n, LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return n >= 0 ? [...String(n)].map((d) => CHINESE.digits[Number(d)]).join('') : String(n);
    case 'ideographTraditional':
      return cycle(n, '甲乙丙丁戊己庚辛壬癸');
    case 'ideographZodiac':
      return cycle(n, '子丑寅卯辰巳午未申酉戌亥');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2487 + n) : `${n}.`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2473 + n) : `(${n})`;
    default:
      return String(n);
  }
}

/** A, B … Z, AA, BB … (Word repeats the letter). */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table)
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  return out;
}

function cycle(n: number, symbols: string): string {
  if (n < 1) return String(n);
  return symbols[(n - 1) % symbols.length];
}

/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿; beyond 50 plain digits. */
function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x245f + n);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return String(n);
}

/** Chinese counting: 一, 十, 十一, 二十, 一百零一, 一千零一十, 一万二千; up to 99999999. */
function counting(n: number, system: typeof CHINESE): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n === 0) return system.digits[0];
  const group = (g: number): string => {
    let out = '';
    let zero = false;
    for (let pos = 3; pos >= 0; pos--) {
      const d = Math.floor(g / 10 ** pos) % 10;
      if (d === 0) {
        if (out !== '') zero = true;
        continue;
      }
      if (zero) out += system.zero;
      zero = false;
      out += system.digits[d] + system.units[pos];
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high > 0 ? group(high) + system.myriad : '';
  if (low > 0) out += (high > 0 && low < 1000 ? system.zero : '') + group(low);
  // 10–19 read 十, 十一 … not 一十, 一十一 (but 壹拾 in the legal forms).
  if (system.omitLeadingOne && n >= 10 && n < 20) out = out.slice(1);
  return out;
}
