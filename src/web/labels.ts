// Words the pages show for the dataset's kinds and statuses.

export const ACTOR_KIND_LABEL = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
  media: 'Media outlet',
} as const;

export const STATUS_LABEL = {
  happened: 'Happened',
  planned: 'Planned',
  reported: 'Reported, unconfirmed',
} as const;
