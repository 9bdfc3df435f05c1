// The pieces an article is cut into: spans of its text, paragraphs and sentences, with offsets.

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  readonly text: string;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
}
