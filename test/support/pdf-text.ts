import { inflateSync } from 'node:zlib';

/*
 * The text a PDF shows, read back the way a PDF viewer's search or copy does: through each
 * font's ToUnicode map. Enough for the PDFs Ordo writes (PDFKit: flate streams, Type0 fonts
 * with two-byte glyph codes, no object streams); it is a test reader, not a PDF parser.
 */

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  // Streams are read by their /Length, never by searching for "endstream" or "endobj": compressed
  // bytes may contain either word, or end in a line break that belongs to the data.
  const objectStart = /(\d+) 0 obj\s*/g;
  for (let match = objectStart.exec(text); match; match = objectStart.exec(text)) {
    const id = Number(match[1]);
    const from = match.index + match[0].length;
    const streamAt = text.indexOf('stream', from);
    const endObj = text.indexOf('endobj', from);
    if (streamAt < 0 || (endObj >= 0 && endObj < streamAt)) {
      objects.set(id, { dict: text.slice(from, endObj < 0 ? undefined : endObj) });
      continue;
    }
    const dict = text.slice(from, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    let start = streamAt + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const raw = Buffer.from(text.slice(start, start + length), 'latin1');
    objects.set(id, { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    objectStart.lastIndex = start + length;
  }
  return objects;
}

function utf16(spaced: string): string {
  // A ligature's entry holds several code units, written with spaces between them: <0066 0069>.
  const hex = spaced.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap: glyph code (hex) → text. */
function cmapOf(source: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(code!, 16), utf16(unicode!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, list, single] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g)) {
      const first = parseInt(from!, 16);
      const last = parseInt(to!, 16);
      if (list !== undefined) {
        [...list.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach(([, unicode], i) => map.set(first + i, utf16(unicode!)));
      } else {
        const base = parseInt(single!, 16);
        for (let code = first; code <= last; code++) map.set(code, String.fromCharCode(base + code - first));
      }
    }
  }
  return map;
}

/** Every piece of text the pages draw, one entry per text-showing operator, in drawing order. */
export function pdfText(pdf: Buffer): string[] {
  const objects = objectsOf(pdf);
  const cmapOfFont = new Map<number, Map<number, string>>();
  for (const [id, object] of objects) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object.dict);
    const stream = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : undefined;
    if (stream) cmapOfFont.set(id, cmapOf(stream.toString('latin1')));
  }
  const fontByName = new Map<string, Map<number, string>>();
  for (const object of objects.values()) {
    for (const [, name, id] of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmap = cmapOfFont.get(Number(id));
      if (cmap) fontByName.set(name!, cmap);
    }
  }
  const pieces: string[] = [];
  for (const object of objects.values()) {
    if (!object.stream || object.dict.includes('/Subtype') || object.dict.includes('/Length1')) continue;
    const content = object.stream.toString('latin1');
    if (!/\bBT\b/.test(content)) continue;
    let cmap: Map<number, string> | undefined;
    const decode = (hex: string) => {
      let out = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) out += cmap?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      return out;
    };
    for (const [, font, array, single] of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (font) cmap = fontByName.get(font);
      else if (array !== undefined) pieces.push([...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => decode(hex!)).join(''));
      else if (single !== undefined) pieces.push(decode(single));
    }
  }
  return pieces;
}

/** How many pages the PDF has. */
export function pdfPageCount(pdf: Buffer): number {
  return [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
}
