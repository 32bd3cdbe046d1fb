import { expect, test } from 'vitest';
import { formatDuration } from '../../web/src/format.js';

test('durations read as words, the two largest units, never as 511:17:43', () => {
  const seconds = (d: number, h: number, m: number, s = 0) => ((d * 24 + h) * 60 + m) * 60 + s;
  expect(formatDuration(seconds(21, 7, 17, 43), 'zh-CN')).toBe('21天7小时');
  expect(formatDuration(-seconds(21, 7, 17, 43), 'zh-CN')).toBe('21天7小时');
  expect(formatDuration(seconds(0, 3, 20), 'en')).toBe('3 h 20 min');
  expect(formatDuration(seconds(0, 3, 20), 'zh-CN')).toBe('3小时20分钟');
  expect(formatDuration(seconds(2, 0, 5), 'en')).toBe('2 d');
  expect(formatDuration(seconds(0, 0, 5, 30), 'zh-CN')).toBe('5分钟');
  expect(formatDuration(45, 'en')).toBe('45 s');
  expect(formatDuration(0, 'zh-CN')).toBe('0秒');
});
