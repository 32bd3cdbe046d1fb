import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * The typeface printed documents are set in: Noto Sans SC (Simplified Chinese with Latin),
 * shipped inside an npm package so a fresh install prints Chinese without any system font.
 * PDFKit embeds only the glyphs a document uses, so a page stays tens of kilobytes.
 */

export interface DocumentFonts {
  regular: Buffer;
  bold: Buffer;
}

let loaded: DocumentFonts | undefined;

function fontFile(name: string): string {
  // The package exports only its index (dist/), with the fonts beside it in fonts/.
  return fileURLToPath(new URL(`../fonts/${name}`, import.meta.resolve('@embedpdf/fonts-sc')));
}

/** The font files, read once per process (about 8 MB each) and shared by every document. */
export function documentFonts(): DocumentFonts {
  loaded ??= { regular: readFileSync(fontFile('NotoSansHans-Regular.otf')), bold: readFileSync(fontFile('NotoSansHans-Bold.otf')) };
  return loaded;
}
