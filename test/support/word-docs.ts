/**
 * The seed report as Word documents for the Word add-in tests: its web page (and a variant with a
 * wrong total) saved as .docx by LibreOffice, then given as Word's body.getOoxml() would give it.
 */
import { findSoffice } from '../template/soffice';
import { seedReportHtmlText } from './report-html';
import { docxToFlatOpc } from './word-host/flat-opc';
import { libreOfficeDocx } from './word-documents';

export const soffice = findSoffice();

/** The seed page with the 总计 of 一、本年新收 (1 in the report) changed to `total`. */
export function seedWithNewTotal(total: number): string {
  const html = seedReportHtmlText('utf-8');
  const label = html.indexOf('一、本年新收政府信息公开申请数量');
  const rowEnd = html.indexOf('</tr>', label);
  const last = html.lastIndexOf('>1</p>', rowEnd);
  if (label < 0 || last < label) throw new Error('the seed page changed: 一、本年新收 row not found');
  return `${html.slice(0, last)}>${total}</p>${html.slice(last + '>1</p>'.length)}`;
}

/** The seed report, and the seed report with a wrong total, as Word's flat OPC bodies. */
export function seedBodies(): { seed: string; wrongTotal: string } {
  if (!soffice) throw new Error('LibreOffice (soffice) is needed to make the .docx files');
  const docs = libreOfficeDocx(soffice, {
    'seed.html': seedReportHtmlText('utf-8'),
    'wrong-total.html': seedWithNewTotal(3),
  });
  return { seed: docxToFlatOpc(docs.seed), wrongTotal: docxToFlatOpc(docs['wrong-total']) };
}
