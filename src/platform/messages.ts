import { Type, type Static } from '@sinclair/typebox';

/*
 * Text the server writes for people is kept as a code with parameters, never as a sentence:
 * the console, the portal and messages render it in the reader's language (the console from
 * `messages.<code>` in its locale files). Parameters are data — SKUs, numbers, order numbers,
 * ISO dates and times, codes of other catalogues, free text a person typed — and lists of such
 * records (each rendered with `messages.<code>_item`).
 */
export const MessageParams = Type.Record(Type.String(), Type.Unknown(), { description: 'The values the text is said with (numbers, SKUs, ISO dates, codes, lists of records)' });
export type MessageParams = Record<string, unknown>;

/** A code and its parameters. */
export const TextMessage = Type.Object({ code: Type.String(), params: MessageParams });
export type TextMessage = Static<typeof TextMessage> & { params: MessageParams };

/** A module's codes, each with its English sentence for API clients and logs. */
export type Sentences<Code extends string> = Record<Code, (params: MessageParams) => string>;

/** The English sentence of a message, or its code when the catalogue does not know it. */
export function sentenceOf<Code extends string>(sentences: Sentences<Code>, message: TextMessage): string {
  const say = (sentences as Record<string, ((p: MessageParams) => string) | undefined>)[message.code];
  return say ? say(message.params) : message.code;
}
