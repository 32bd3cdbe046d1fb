import PDFDocument from 'pdfkit';
import { documentFonts } from './fonts.js';

/*
 * A printed business document on A4 as a Chinese company prints it: the company's letterhead,
 * a centred title with the document number, label–value fields, a ruled table that carries
 * on over page breaks with its heading row repeated, totals, signature boxes, and page
 * numbers in the footer. Callers hand in every word already in the reader's language, so
 * nothing here is in one language or another.
 */

export interface Letterhead {
  name: string;
  /** Lines under the name: address, telephone, tax number … (empty ones are skipped). */
  lines: string[];
}

export interface DocumentFrame {
  letterhead: Letterhead;
  title: string;
  /** e.g. "单号：ORD-202612-0001", printed under the title on the right. */
  numberLine: string;
  /** The PDF's language tag (zh-CN, en), for screen readers and search. */
  language: string;
  /** The footer of page `page` of `pages`, e.g. "第 1 页 / 共 2 页". */
  pageLabel(page: number, pages: number): string;
  /** Printed in the footer's left corner, e.g. "打印时间：2026-12-06 09:30". */
  printedLine?: string;
}

export interface TableColumn {
  title: string;
  /** Share of the printable width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

const pageSize = 'A4';
const margin = 42;
const footerHeight = 28;
const bodySize = 9.5;
const cellPadding = 4;
const ink = '#000000';
const rule = '#555555';
const shade = '#eeeeee';
const muted = '#444444';

export class PrintedDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly left = margin;
  private readonly width: number;

  constructor(private readonly frame: DocumentFrame) {
    const fonts = documentFonts();
    this.doc = new PDFDocument({
      size: pageSize,
      margins: { top: margin, bottom: margin + footerHeight, left: margin, right: margin },
      bufferPages: true,
      lang: frame.language,
      displayTitle: true,
      info: { Title: `${frame.title} ${frame.numberLine}`, Creator: 'Ordo', Producer: 'Ordo' },
    });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.width = this.doc.page.width - 2 * margin;
    this.header();
  }

  private get bottom(): number {
    return this.doc.page.height - margin - footerHeight;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private header(): void {
    const { doc, left, width } = this;
    const { letterhead, title, numberLine } = this.frame;
    doc.font('bold').fontSize(15).fillColor(ink).text(letterhead.name, left, margin, { width, align: 'center' });
    const lines = letterhead.lines.filter((l) => l.trim() !== '');
    if (lines.length > 0) doc.font('regular').fontSize(8.5).fillColor(muted).text(lines.join('    '), left, doc.y + 2, { width, align: 'center' });
    const ruleY = doc.y + 5;
    doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(1.2).strokeColor(ink).stroke();
    doc.moveTo(left, ruleY + 2.5).lineTo(left + width, ruleY + 2.5).lineWidth(0.4).stroke();
    doc.font('bold').fontSize(18).fillColor(ink).text(title, left, ruleY + 12, { width, align: 'center', characterSpacing: 4 });
    doc.font('regular').fontSize(bodySize).text(numberLine, left, doc.y + 2, { width, align: 'right' });
    doc.y += 6;
  }

  /** A section's heading, kept on one page with at least the start of what follows it. */
  heading(text: string): this {
    const { doc } = this;
    doc.font('bold').fontSize(bodySize + 2.5);
    this.ensureRoom(doc.heightOfString(text, { width: this.width }) + 40);
    const y = doc.y + 4;
    doc.fillColor(ink).text(text, this.left, y, { width: this.width });
    doc.moveTo(this.left, doc.y + 1).lineTo(this.left + this.width, doc.y + 1).lineWidth(0.5).strokeColor(rule).stroke();
    doc.y += 5;
    return this;
  }

  /** Label–value pairs in `columns` columns, read row by row; a long value wraps within its column. */
  fields(pairs: readonly (readonly [string, string])[], columns = 2): this {
    const { doc, left, width } = this;
    const columnWidth = width / columns;
    const labelWidth = Math.min(78, columnWidth * 0.38);
    for (let i = 0; i < pairs.length; i += columns) {
      const row = pairs.slice(i, i + columns);
      doc.font('regular').fontSize(bodySize);
      const height = Math.max(...row.map(([label, value]) => Math.max(doc.heightOfString(label, { width: labelWidth }), doc.heightOfString(value || ' ', { width: columnWidth - labelWidth - 6 })))) + 4;
      this.ensureRoom(height);
      const y = doc.y;
      row.forEach(([label, value], c) => {
        const x = left + c * columnWidth;
        doc.font('bold').fillColor(ink).text(label, x, y, { width: labelWidth });
        doc.font('regular').text(value || ' ', x + labelWidth, y, { width: columnWidth - labelWidth - 6 });
      });
      doc.y = y + height;
    }
    doc.y += 4;
    return this;
  }

  /** A ruled table; rows that do not fit go to the next page under a repeated heading row. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): this {
    const { doc } = this;
    const widths = columns.map((c) => c.width * this.width);
    const rowHeight = (cells: readonly string[], font: 'regular' | 'bold') => {
      doc.font(font).fontSize(bodySize);
      return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i]! - 2 * cellPadding }))) + 2 * cellPadding;
    };
    const drawRow = (cells: readonly string[], font: 'regular' | 'bold', filled: boolean) => {
      const height = rowHeight(cells, font);
      const y = doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        const w = widths[i]!;
        if (filled) doc.rect(x, y, w, height).fillColor(shade).fill();
        doc.rect(x, y, w, height).lineWidth(0.5).strokeColor(rule).stroke();
        doc.font(font).fontSize(bodySize).fillColor(ink).text(cell || ' ', x + cellPadding, y + cellPadding, { width: w - 2 * cellPadding, align: filled ? 'center' : (columns[i]!.align ?? 'left') });
        x += w;
      });
      doc.y = y + height;
    };
    const heading = columns.map((c) => c.title);
    this.ensureRoom(rowHeight(heading, 'bold') + (rows[0] ? rowHeight(rows[0], 'regular') : 0));
    drawRow(heading, 'bold', true);
    for (const row of rows) {
      if (doc.y + rowHeight(row, 'regular') > this.bottom) {
        doc.addPage();
        drawRow(heading, 'bold', true);
      }
      drawRow(row, 'regular', false);
    }
    doc.y += 6;
    return this;
  }

  /** Label–amount lines flush right under a table; the last one in bold (the total to pay). */
  totals(lines: readonly (readonly [string, string])[]): this {
    const { doc } = this;
    const labelWidth = 150;
    const amountWidth = 110;
    const x = this.left + this.width - labelWidth - amountWidth;
    this.ensureRoom(lines.length * 16);
    lines.forEach(([label, amount], i) => {
      const font = i === lines.length - 1 ? 'bold' : 'regular';
      const y = doc.y;
      doc.font(font).fontSize(bodySize + 0.5).fillColor(ink).text(label, x, y, { width: labelWidth, align: 'right' });
      doc.text(amount, x + labelWidth, y, { width: amountWidth, align: 'right' });
      doc.y = Math.max(doc.y, y + 14);
    });
    doc.y += 6;
    return this;
  }

  /** A paragraph of notes (terms, remarks) across the page. */
  note(text: string): this {
    const { doc } = this;
    doc.font('regular').fontSize(bodySize);
    this.ensureRoom(doc.heightOfString(text, { width: this.width }) + 4);
    doc.fillColor(muted).text(text, this.left, doc.y, { width: this.width });
    doc.fillColor(ink);
    doc.y += 6;
    return this;
  }

  /** Boxes side by side for signatures (and company seals), each with its caption and a date line. */
  signatures(captions: readonly string[], dateLabel: string): this {
    const { doc } = this;
    const gap = 10;
    const boxWidth = (this.width - gap * (captions.length - 1)) / captions.length;
    const boxHeight = 78;
    this.ensureRoom(boxHeight + 8);
    const y = doc.y + 6;
    captions.forEach((caption, i) => {
      const x = this.left + i * (boxWidth + gap);
      doc.rect(x, y, boxWidth, boxHeight).lineWidth(0.6).strokeColor(rule).stroke();
      doc.font('bold').fontSize(bodySize).fillColor(ink).text(caption, x + 6, y + 6, { width: boxWidth - 12 });
      doc.font('regular').fontSize(bodySize - 0.5).text(dateLabel, x + 6, y + boxHeight - 18, { width: boxWidth - 12 });
    });
    doc.y = y + boxHeight + 6;
    return this;
  }

  /** Writes the footers (page numbers need the page count) and answers the finished PDF. */
  async finish(): Promise<Buffer> {
    const { doc } = this;
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve, reject) => {
      doc.on('end', () => resolve());
      doc.on('error', reject);
    });
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      // Writing below the bottom margin would otherwise start a page of its own.
      doc.page.margins.bottom = 0;
      const y = doc.page.height - margin - 10;
      doc.moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).lineWidth(0.4).strokeColor(rule).stroke();
      doc.font('regular').fontSize(8).fillColor(muted);
      if (this.frame.printedLine) doc.text(this.frame.printedLine, this.left, y, { width: this.width / 2, lineBreak: false });
      doc.text(this.frame.pageLabel(i - start + 1, count), this.left + this.width / 2, y, { width: this.width / 2, align: 'right', lineBreak: false });
    }
    doc.end();
    await ended;
    return Buffer.concat(chunks);
  }
}
