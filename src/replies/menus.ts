// Menus that open records: the "pick" select menu of pickers and lists, its options told apart by
// date or role and by article, and what choosing does (post publicly, replace, or show privately).
import { ComponentType } from 'discord-api-types/v10';
import type { Dataset, DatasetArticle } from '../dataset/types.js';
import type { SearchKind } from '../search/engine.js';
import { encodeCustomId, encodeSelectValue } from './custom-id.js';
import { LIMITS, truncate } from './limits.js';
import { articleOfRecord } from './links.js';
import type { ActionRow } from './payload.js';

export const ACTION = { pick: 'pick', list: 'list', page: 'page' } as const;

/**
 * What choosing from a menu does with the record: post it in the channel (a picker answering a
 * public lookup), replace the menu with it (a private lookup), or show it in a new private message
 * (a list, which stays open to choose again).
 */
export const OPEN_MODE = { publicly: 'o', inPlace: 'p', privateNew: 'n' } as const;
export type OpenMode = (typeof OPEN_MODE)[keyof typeof OPEN_MODE];

/** A menu entry: a record, its label, and what tells it apart from its namesakes. */
export interface PickCandidate {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
}

/** "EDM 1:24": a publication's initials (or its one word) with volume and issue. */
function articleShortName(article: DatasetArticle): string {
  const words = article.publication.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const name = words.length > 1 ? words.map((w) => w[0]).join('') : truncate(article.publication, 20);
  return `${name} ${article.volume}:${article.issue}`;
}

/**
 * A menu option's description: the record's date or role (its search detail), then the article it
 * comes from, so namesakes and records of the same day from different articles read apart.
 */
export function optionDescription(dataset: Dataset, candidate: PickCandidate): string {
  const entry = dataset.byId.get(candidate.id);
  const article = entry && articleOfRecord(dataset, entry);
  if (!article) return truncate(candidate.detail, LIMITS.selectDescription);
  const detail = candidate.detail ? `${truncate(candidate.detail, 48)} · ` : '';
  const source = `${detail}${articleShortName(article)} `;
  return source + truncate(`“${article.title}”`, LIMITS.selectDescription - source.length);
}

/** An action row holding one "pick" menu of records (values are record ids). */
export function pickMenu(
  dataset: Dataset,
  kind: SearchKind | 'any',
  candidates: readonly PickCandidate[],
  options: { owner: string | undefined; now: number; mode: OpenMode; placeholder: string },
): ActionRow {
  const customId = encodeCustomId({
    action: ACTION.pick,
    owner: options.owner,
    issuedAt: options.now,
    args: [kind, options.mode],
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder: options.placeholder,
        options: candidates.slice(0, LIMITS.selectOptions).map((c) => ({
          label: truncate(c.label, LIMITS.selectLabel),
          // Signed with the menu's id: the pick handler honours only values this menu offered.
          value: encodeSelectValue(customId, c.id),
          description: optionDescription(dataset, c),
        })),
      },
    ],
  };
}
