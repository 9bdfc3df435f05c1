// The review report: what the ingest tool was unsure of, so the maintainer knows where to look.

export type ReportSeverity = 'error' | 'warning' | 'check';
export type ReportTopic =
  'input' | 'header' | 'date' | 'quote' | 'statement' | 'actor' | 'source' | 'event' | 'output';

export interface ReportItem {
  readonly severity: ReportSeverity;
  readonly topic: ReportTopic;
  readonly message: string;
  /** The article's own words the item is about. */
  readonly excerpt?: string;
}

export class ReviewReport {
  readonly items: ReportItem[] = [];

  add(severity: ReportSeverity, topic: ReportTopic, message: string, excerpt?: string): void {
    const clean = excerpt?.replace(/\s+/g, ' ').trim();
    const short = clean && clean.length > 160 ? `${clean.slice(0, 157)}…` : clean;
    this.items.push({ severity, topic, message, ...(short ? { excerpt: short } : {}) });
  }

  get hasErrors(): boolean {
    return this.items.some((i) => i.severity === 'error');
  }

  toJSON(): ReportItem[] {
    return this.items;
  }
}

const ORDER: Record<ReportSeverity, number> = { error: 0, warning: 1, check: 2 };

/** The report as text for a terminal or a Markdown file. */
export function formatReport(report: ReviewReport, heading: string): string {
  const lines = [`# Review: ${heading}`, ''];
  if (report.items.length === 0) lines.push('Nothing to flag. Read the draft anyway before committing it.');
  const sorted = [...report.items].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  for (const item of sorted) {
    lines.push(
      `- [${item.severity}] ${item.topic}: ${item.message}${item.excerpt ? `\n    > ${item.excerpt}` : ''}`,
    );
  }
  return lines.join('\n');
}
