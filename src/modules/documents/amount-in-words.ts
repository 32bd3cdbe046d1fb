/*
 * An amount of yuan in Chinese capital numerals (大写金额), as contracts and delivery papers
 * state totals so they cannot be altered: 1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 100 → 壹佰元整.
 */
const digits = '零壹贰叁肆伍陆柒捌玖';
const placeUnits = ['', '拾', '佰', '仟'];
const groupUnits = ['', '万', '亿', '万亿'];

function integerInWords(value: number): string {
  const text = String(value);
  let words = '';
  let pendingZero = false;
  for (let i = 0; i < text.length; i++) {
    const digit = Number(text[i]);
    const position = text.length - 1 - i;
    if (digit === 0) {
      pendingZero = words !== '';
    } else {
      if (pendingZero) words += '零';
      pendingZero = false;
      words += digits[digit]! + placeUnits[position % 4]!;
    }
    const group = Math.floor(position / 4);
    if (position % 4 === 0 && group > 0 && /[1-9]/.test(text.slice(Math.max(0, i - 3), i + 1))) words += groupUnits[group]!;
  }
  return words;
}

/** `minor`: fen (1/100 yuan), not negative. */
export function amountInWords(minor: number): string {
  const yuan = Math.floor(minor / 100);
  const jiao = Math.floor(minor / 10) % 10;
  const fen = minor % 10;
  if (yuan === 0 && jiao === 0 && fen === 0) return '零元整';
  let words = yuan > 0 ? `${integerInWords(yuan)}元` : '';
  if (jiao === 0 && fen === 0) return `${words}整`;
  if (jiao > 0) words += `${digits[jiao]}角`;
  else if (yuan > 0) words += '零';
  if (fen > 0) words += `${digits[fen]}分`;
  return words;
}
