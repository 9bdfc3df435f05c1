// Words the pages show for the dataset's kinds and statuses (an actor's kind reads as in replies).
export { KIND_LABEL as ACTOR_KIND_LABEL } from '../replies/records.js';

export const STATUS_LABEL = {
  happened: 'Happened',
  planned: 'Planned',
  reported: 'Reported, unconfirmed',
} as const;
