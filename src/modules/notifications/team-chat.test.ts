import { describe, expect, it } from 'vitest';
import { robotPayload, truncateUtf8, type RobotMessage } from './team-chat.js';

/* The robots' documented size limits hold whatever a template or a customer's name makes of a message. */

const long: RobotMessage = { title: `订单已确认：${'长'.repeat(3000)}`, facts: [{ label: '客户', value: '华东\n精密' }], link: { label: '查看', url: 'https://ordo.example.test/orders/1' } };

describe('team chat payloads', () => {
  it('cuts text between characters within the byte limit, marking the cut', () => {
    expect(truncateUtf8('订单abc', 100)).toBe('订单abc');
    const cut = truncateUtf8('订单订单订单', 10);
    expect(cut).toBe('订单…');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(10);
  });

  it('keeps WeCom markdown within 4096 bytes, WeCom text within 2048 and DingTalk short, with its mentions whole', () => {
    const markdown = robotPayload('wecom', long, []) as { markdown: { content: string } };
    expect(Buffer.byteLength(markdown.markdown.content)).toBeLessThanOrEqual(4096);
    const text = robotPayload('wecom', long, ['13800000001']) as { text: { content: string } };
    expect(Buffer.byteLength(text.text.content)).toBeLessThanOrEqual(2048);
    const dingtalk = robotPayload('dingtalk', long, ['13800000001']) as { markdown: { title: string; text: string } };
    expect(Buffer.byteLength(dingtalk.markdown.text)).toBeLessThanOrEqual(2000);
    expect(dingtalk.markdown.text.endsWith('\n\n@13800000001')).toBe(true);
    expect(Buffer.byteLength(dingtalk.markdown.title)).toBeLessThanOrEqual(200);
  });

  it('writes a value with a line break on one line, so it cannot start a markdown block of its own', () => {
    const short = robotPayload('wecom', { ...long, title: '订单已确认：SO-1' }, []) as { markdown: { content: string } };
    expect(short.markdown.content.split('\n')).toEqual(['**订单已确认：SO-1**', '> 客户：华东 精密', '[查看](https://ordo.example.test/orders/1)']);
  });
});
