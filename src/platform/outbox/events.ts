/**
 * Every event topic Ordo publishes (outbox → notifications, webhooks, live streams) and its
 * payload. Platform publishes none itself: each module merges its topics into this
 * interface in its `events.ts`, so a topic nobody declared, or a payload of another shape,
 * does not compile. Topics are named in the past tense and their payloads carry ids.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the modules' events.ts fill it
export interface EventPayloads {}

export type EventTopic = keyof EventPayloads & string;

/** The topics whose payload has at least the members of `Base` (for helpers that fill them in). */
export type TopicsCarrying<Base> = { [T in EventTopic]: EventPayloads[T] extends Base ? T : never }[EventTopic];

type Beyond<T extends EventTopic, Base> = Omit<EventPayloads[T], keyof Base>;

/** What topic `T` adds to `Base`, as a helper's last argument: optional when none of it is required. */
export type PayloadExtra<T extends EventTopic, Base> = Partial<Beyond<T, Base>> extends Beyond<T, Base> ? [extra?: Beyond<T, Base>] : [extra: Beyond<T, Base>];
