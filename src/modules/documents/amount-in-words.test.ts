import { describe, expect, test } from 'vitest';
import { amountInWords } from './amount-in-words.js';

describe('amountInWords', () => {
  test.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [10000, '壹佰元整'],
    [123456, '壹仟贰佰叁拾肆元伍角陆分'],
    [1000005, '壹万元零伍分'],
    [1000500, '壹万零伍元整'],
    [1000000000, '壹仟万元整'],
    [10000000000, '壹亿元整'],
    [10010000000, '壹亿零壹拾万元整'],
    [12005000, '壹拾贰万零伍拾元整'],
  ])('%i fen is %s', (minor, words) => {
    expect(amountInWords(minor)).toBe(words);
  });
});
