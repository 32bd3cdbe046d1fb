// Writes resources/common-passwords.txt from the password list of @zxcvbn-ts/language-common
// (MIT; its src/passwords.json, ranked by how often each password appeared in breaches).
// Usage: npm pack @zxcvbn-ts/language-common@4.1.3, unpack it, then
//   node resources/generate-common-passwords.mjs package/src/passwords.json
import fs from 'node:fs';

const source = process.argv[2];
if (!source) {
  console.error('usage: node resources/generate-common-passwords.mjs <path to passwords.json>');
  process.exit(2);
}
const words = JSON.parse(fs.readFileSync(source, 'utf8'));
const unique = [...new Set(words.map((w) => String(w).toLowerCase().trim()).filter(Boolean))];
const header = '# Common passwords, lower-cased, one a line: @zxcvbn-ts/language-common 4.1.3 (MIT), src/passwords.json.\n# Regenerate with resources/generate-common-passwords.mjs.\n';
fs.writeFileSync(new URL('./common-passwords.txt', import.meta.url), header + unique.join('\n') + '\n');
process.stdout.write(`${unique.length} passwords\n`);
