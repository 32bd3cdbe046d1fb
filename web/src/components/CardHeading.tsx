import type { ReactNode } from 'react';

/**
 * A screen whose frame is a card names itself in the card's title: as the page's one h1, so
 * screen readers and the heading outline find it, styled as the card title it replaces.
 */
export function CardHeading({ children }: { children: ReactNode }) {
  return <h1 className="ordo-card-heading">{children}</h1>;
}
