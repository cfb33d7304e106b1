/**
 * Comments as Word keeps them in the package (ECMA-376 §17.13.4): each is a w:comment in
 * /word/comments.xml (id, author, date, its text as paragraphs), anchored in document.xml by
 * w:commentRangeStart / w:commentRangeEnd around the commented text and a run holding
 * w:commentReference after it. A reply is a comment of its own, linked to its parent in
 * /word/commentsExtended.xml (w15:commentEx w15:paraIdParent = the parent's last w14:paraId), and
 * anchored where its parent is, as Word writes replies.
 */
import { NS, PARTS, wAll, wAncestor, wAttr, wChildren, type WordPackage } from './ooxml';
import { insertAfter, insertBefore, offsetOf, paragraphText, rangeText, type RangeModel } from './text';

export interface CommentView {
  id: string;
  content: string;
  author: string;
}

export class Comments {
  constructor(private readonly pkg: WordPackage) {}

  private elements(): Element[] {
    const root = this.pkg.root(PARTS.comments.name);
    return root ? wChildren(root, 'comment') : [];
  }

  element(id: string): Element | undefined {
    return this.elements().find((c) => wAttr(c, 'id') === id);
  }

  view(id: string): CommentView | undefined {
    const el = this.element(id);
    if (!el) return undefined;
    // Comment.content is the comment's plain text; its paragraphs are read as Word's '\r' marks.
    const content = wChildren(el, 'p').map(paragraphText).join('\r');
    return { id, content, author: wAttr(el, 'author') ?? '' };
  }

  private paraId(el: Element): string | null {
    const last = wChildren(el, 'p').pop();
    return last?.getAttributeNS(NS.w14, 'paraId') ?? null;
  }

  private links(): Element[] {
    const root = this.pkg.root(PARTS.commentsExtended.name);
    return root ? [...root.getElementsByTagNameNS(NS.w15, 'commentEx')] : [];
  }

  /** The parent's id for a reply, null for a comment that starts a thread. */
  parentOf(id: string): string | null {
    const el = this.element(id);
    const para = el && this.paraId(el);
    const parentPara = this.links()
      .find((l) => l.getAttributeNS(NS.w15, 'paraId') === para)
      ?.getAttributeNS(NS.w15, 'paraIdParent');
    if (!parentPara) return null;
    const parent = this.elements().find((c) => this.paraId(c) === parentPara);
    return parent ? wAttr(parent, 'id') : null;
  }

  /** Comment.replies, in the order of comments.xml (the order they were written). */
  replies(id: string): string[] {
    return this.elements()
      .map((c) => wAttr(c, 'id') ?? '')
      .filter((c) => this.parentOf(c) === id);
  }

  /** Body.getComments: the threads anchored in `container`, in the order of their anchors. */
  anchoredIn(container: Element): string[] {
    const markers = [...wAll(container, 'commentRangeStart'), ...wAll(container, 'commentReference')].sort(
      (a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1),
    );
    const ids = [...new Set(markers.map((m) => wAttr(m, 'id') ?? ''))];
    return ids.filter((id) => this.element(id) && this.parentOf(id) === null);
  }

  /** The text the comment is anchored on ('' for a comment anchored on a point). */
  anchorText(id: string): string {
    const body = this.pkg.body();
    const marker = (local: string) => wAll(body, local).find((m) => wAttr(m, 'id') === id);
    const start = marker('commentRangeStart');
    const end = marker('commentRangeEnd');
    const pStart = start && wAncestor(start, 'p');
    const pEnd = end && wAncestor(end, 'p');
    if (!pStart || !pEnd) return '';
    return rangeText(body, {
      start: { p: pStart, offset: offsetOf(pStart, start) },
      end: { p: pEnd, offset: offsetOf(pEnd, end) },
    });
  }

  private nextId(): string {
    const used = this.elements().map((c) => Number(wAttr(c, 'id')));
    return String(Math.max(-1, ...used.filter(Number.isFinite)) + 1);
  }

  private newParaId(): string {
    const used = new Set(wAll(this.pkg.xml, 'p').map((p) => p.getAttributeNS(NS.w14, 'paraId')));
    let n = used.size + 1;
    // w14:paraId is a hex number below 0x80000000 (MS-DOCX 2.6.2.13).
    while (used.has(n.toString(16).toUpperCase().padStart(8, '0'))) n++;
    return n.toString(16).toUpperCase().padStart(8, '0');
  }

  /** Writes the w:comment (its text, author, date) and returns it; no anchors yet. */
  private create(content: string, author: string, date: Date): Element {
    const doc = this.pkg.xml;
    const root = this.pkg.ensure(PARTS.comments);
    const w = (name: string) => doc.createElementNS(NS.w, `w:${name}`);
    const comment = w('comment');
    comment.setAttributeNS(NS.w, 'w:id', this.nextId());
    comment.setAttributeNS(NS.w, 'w:author', author);
    comment.setAttributeNS(NS.w, 'w:date', date.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    comment.setAttributeNS(NS.w, 'w:initials', author.slice(0, 1));
    comment.appendChild(this.paragraph(content));
    root.appendChild(comment);
    return comment;
  }

  /** A comment's one paragraph, as Word writes it: the annotation mark, then the text. */
  private paragraph(content: string, paraId = this.newParaId()): Element {
    const w = (name: string) => this.pkg.xml.createElementNS(NS.w, `w:${name}`);
    const p = w('p');
    p.setAttributeNS(NS.w14, 'w14:paraId', paraId);
    const refRun = w('r');
    refRun.appendChild(w('annotationRef'));
    const textRun = w('r');
    const t = w('t');
    t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    t.textContent = content;
    textRun.appendChild(t);
    p.append(refRun, textRun);
    return p;
  }

  /** The user rewrites a comment's text in Word's comment pane (one paragraph; its id stays). */
  edit(id: string, content: string): void {
    const comment = this.element(id);
    if (!comment) throw new Error(`Word host: no comment ${id} to edit`);
    // The last paragraph's w14:paraId stays: replies point at it (w15:paraIdParent).
    const replacement = this.paragraph(content, this.paraId(comment) ?? undefined);
    for (const p of wChildren(comment, 'p')) p.remove();
    comment.appendChild(replacement);
  }

  private anchorsOf(id: string): { start?: Element; end?: Element; ref?: Element } {
    const body = this.pkg.body();
    const find = (local: string) => wAll(body, local).find((m) => wAttr(m, 'id') === id);
    const ref = find('commentReference');
    return {
      start: find('commentRangeStart'),
      end: find('commentRangeEnd'),
      ref: ref?.parentElement ?? undefined,
    };
  }

  private marker(local: string, id: string): Element {
    const el = this.pkg.xml.createElementNS(NS.w, `w:${local}`);
    el.setAttributeNS(NS.w, 'w:id', id);
    return el;
  }

  private referenceRun(id: string): Element {
    const run = this.pkg.xml.createElementNS(NS.w, 'w:r');
    run.appendChild(this.marker('commentReference', id));
    return run;
  }

  /** Range.insertComment: a new thread on the range, by `author`. */
  insert(range: RangeModel, content: string, author: string, date: Date): string {
    const id = wAttr(this.create(content, author, date), 'id') as string;
    const start = this.marker('commentRangeStart', id);
    const end = this.marker('commentRangeEnd', id);
    insertBefore(range.start, start);
    if (range.start.p === range.end.p && range.start.offset === range.end.offset) start.after(end);
    else insertAfter(range.end, end);
    end.after(this.referenceRun(id));
    return id;
  }

  /** A reply to `parent`, anchored with it (for tests: another author's answer). */
  reply(parent: string, content: string, author: string, date: Date): string {
    const parentEl = this.element(parent);
    const parentPara = parentEl && this.paraId(parentEl);
    if (!parentPara) throw new Error(`Word host: no comment ${parent} to reply to`);
    const comment = this.create(content, author, date);
    const id = wAttr(comment, 'id') as string;
    const link = this.pkg.xml.createElementNS(NS.w15, 'w15:commentEx');
    link.setAttributeNS(NS.w15, 'w15:paraId', this.paraId(comment) as string);
    link.setAttributeNS(NS.w15, 'w15:paraIdParent', parentPara);
    link.setAttributeNS(NS.w15, 'w15:done', '0');
    this.pkg.ensure(PARTS.commentsExtended).appendChild(link);
    const anchors = this.anchorsOf(parent);
    anchors.start?.after(this.marker('commentRangeStart', id));
    anchors.end?.after(this.marker('commentRangeEnd', id));
    anchors.ref?.after(this.referenceRun(id));
    return id;
  }

  /** Comment.delete: "Deletes the comment and its replies" (word.comment), anchors included. */
  delete(id: string): void {
    for (const reply of this.replies(id)) this.delete(reply);
    const el = this.element(id);
    const para = el && this.paraId(el);
    const { start, end, ref } = this.anchorsOf(id);
    start?.remove();
    end?.remove();
    // The reference run is Word's own: it holds nothing but the reference (and its w:rPr).
    ref?.remove();
    el?.remove();
    for (const link of this.links())
      if (para && link.getAttributeNS(NS.w15, 'paraId') === para) link.remove();
  }
}
