/**
 * The RSS feed's items: one per brief, newest library order. A brief's
 * `pubDate` is given only when its day is known (RSS dates are full dates,
 * and a year alone would pass for 1 January).
 */
import type { LinkedBrief } from '../content/link-graph';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
}

export function feedItems(briefs: readonly LinkedBrief[], link: (briefId: string) => string): FeedItem[] {
  return briefs.map((brief) => ({
    title: brief.data.title,
    link: link(brief.id),
    description: brief.data.summary,
    ...(brief.data.issued && /^\d{4}-\d{2}-\d{2}$/.test(brief.data.issued) ? { pubDate: new Date(`${brief.data.issued}T00:00:00Z`) } : {}),
  }));
}
