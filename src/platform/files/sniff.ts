/**
 * The file types Ordo stores, told apart by their first bytes: the type a client declares is
 * not trusted, so a file is stored and later served as what its content is.
 */
export const fileTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export type FileType = (typeof fileTypes)[number];

/** How many leading bytes `sniffType` needs to decide. */
export const sniffLength = 12;

/** ISO base media major brands of HEIF images as iPhones and Android cameras write them. */
const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

const signatures: Record<FileType, (head: Buffer) => boolean> = {
  'image/jpeg': (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  'image/heic': (b) => b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp' && heifBrands.has(b.toString('latin1', 8, 12)),
  'application/pdf': (b) => b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-',
};

/** The type among `allowed` whose signature the content starts with, if any. */
export function sniffType(head: Buffer, allowed: readonly FileType[]): FileType | undefined {
  return allowed.find((type) => signatures[type](head));
}

/** The file name extensions each type goes by. */
const extensions: Record<FileType, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'application/pdf': ['pdf'],
};

/** Whether the name's extension is one of the content's type: `drawing.pdf` holding a PNG does not pass. */
export function nameFitsType(fileName: string, type: FileType): boolean {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension !== undefined && extensions[type].includes(extension);
}
