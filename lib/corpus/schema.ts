/**
 * The corpus pack format: every record the extension knows about outlets, articles, stories,
 * related reports and claims, with the citations behind each fact.
 *
 * `null` always means "unknown": the overlay shows it as unknown rather than guessing.
 */
import * as v from 'valibot';
import { ArticleFingerprintSchema } from '../recognition/fingerprint-schema';

/** The pack format version this build reads and writes. */
export const PACK_FORMAT_VERSION = 1;

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Record ids: lowercase letters, digits and dashes, so they are safe in URLs and keys. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a lowercase id (a-z, 0-9, -)'),
);

/** A date as precise as the source gives it: `2017`, `2017-10` or `2017-10-24`. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** An absolute http(s) URL; other schemes are refused so no link can run code. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(2048, 'must be at most 2048 characters'),
  v.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'must be an http(s) URL'),
);

/** A bare host name such as `presstv.ir`. */
export const DomainSchema = v.pipe(
  v.string(),
  v.regex(/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'must be a lowercase domain name'),
);

/** How sure the cited sources make a fact: H primary or agreeing sources, M one good secondary, L thin. */
export const ConfidenceSchema = v.picklist(['H', 'M', 'L']);

/** Source ids behind a fact; at least one, so every shipped fact is cited. */
const CitedBy = v.pipe(v.array(IdSchema), v.minLength(1, 'must cite at least one source'));

/** A citation. */
export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: NonEmpty,
  url: v.nullable(HttpUrlSchema),
  publisher: v.nullable(NonEmpty),
  date: v.nullable(PartialDateSchema),
  /** What the date means when it is not the publication date, e.g. "data snapshot". */
  dateNote: v.optional(NonEmpty),
});

/** One cited statement, optionally dated. */
export const FactSchema = v.strictObject({
  text: NonEmpty,
  date: v.optional(v.nullable(PartialDateSchema)),
  sources: CitedBy,
  confidence: ConfidenceSchema,
});

/** Who owns a publisher, in the words the overlay uses to rank independence. */
export const OwnershipKindSchema = v.picklist([
  'state',
  'public',
  'commercial',
  'cooperative',
  'ngo',
  'intergovernmental',
  /** Owned or controlled by a party or political/armed movement rather than the state. */
  'political',
]);

/** The six state-affiliation classes of the ownership dataset. */
export const StateAffiliationClassSchema = v.picklist([
  'state-owned',
  'state-funded/editorially-controlled',
  'public-broadcaster-editorially-independent',
  'private',
  'cooperative',
  'NGO',
]);

/** A domain the outlet publishes on, or used to. */
export const OutletDomainSchema = v.strictObject({
  domain: DomainSchema,
  status: v.picklist(['home', 'active', 'former', 'seized', 'mirror', 'cdn']),
  note: v.optional(NonEmpty),
  sources: CitedBy,
  confidence: ConfidenceSchema,
});

/** An outlet and everything known about who owns, funds and rates it. */
export const OutletSchema = v.strictObject({
  id: IdSchema,
  name: NonEmpty,
  /** The home domain from the ownership dataset; null when no source names one. */
  homeDomain: v.nullable(DomainSchema),
  domains: v.array(OutletDomainSchema),
  country: v.nullable(FactSchema),
  owner: v.nullable(FactSchema),
  /** From the outlet up to the ultimate owner, one cited link each. */
  ownerChain: v.array(FactSchema),
  ownershipKind: v.nullable(OwnershipKindSchema),
  stateAffiliation: v.nullable(
    v.strictObject({
      class: StateAffiliationClassSchema,
      qualifier: v.optional(NonEmpty),
      sources: CitedBy,
      confidence: ConfidenceSchema,
    }),
  ),
  funding: v.nullable(FactSchema),
  /** Founding, renaming and changes of owner. */
  history: v.array(FactSchema),
  /** Licence actions, sanctions, seizures, bans. */
  regulatory: v.array(FactSchema),
  /** How others classify it (Wikipedia perennial sources, State Media Monitor). */
  classifications: v.array(
    v.strictObject({
      by: NonEmpty,
      value: NonEmpty,
      date: v.optional(v.nullable(PartialDateSchema)),
      sources: CitedBy,
      confidence: ConfidenceSchema,
    }),
  ),
  wikidataQid: v.nullable(v.pipe(v.string(), v.regex(/^Q\d+$/, 'must be a Wikidata id like Q123'))),
  /** Other cited notes, and stated gaps in what is known. */
  notes: v.array(FactSchema),
});

/** A corpus article: metadata, optional text, and the fingerprints recognition needs. */
export const ArticleSchema = v.strictObject({
  id: IdSchema,
  outletId: IdSchema,
  title: NonEmpty,
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language code like en')),
  published: v.nullable(FactSchema),
  /** Every address the article is known to have been served at. */
  urls: v.array(HttpUrlSchema),
  canonicalUrl: v.nullable(HttpUrlSchema),
  urlNote: v.optional(NonEmpty),
  storyIds: v.array(IdSchema),
  /** Full text; packs may omit it, since fingerprints and claim quotes suffice. */
  text: v.optional(v.string()),
  fingerprint: ArticleFingerprintSchema,
});

/** A story: one event, the articles and reports about it, and links to related stories. */
export const StorySchema = v.strictObject({
  id: IdSchema,
  title: NonEmpty,
  summary: NonEmpty,
  start: v.nullable(PartialDateSchema),
  end: v.nullable(PartialDateSchema),
  linkedStoryIds: v.array(IdSchema),
  /** Names, places, numbers and terms that identify reports of this story in other words. */
  keyTerms: v.array(NonEmpty),
  events: v.array(FactSchema),
});

/** Another outlet's report on a story. */
export const RelatedReportSchema = v.strictObject({
  id: IdSchema,
  storyIds: v.pipe(v.array(IdSchema), v.minLength(1, 'must name at least one story')),
  title: NonEmpty,
  publisher: NonEmpty,
  outletId: v.nullable(IdSchema),
  ownershipKind: OwnershipKindSchema,
  date: v.nullable(PartialDateSchema),
  url: v.nullable(HttpUrlSchema),
  gist: NonEmpty,
  sources: CitedBy,
  confidence: ConfidenceSchema,
});

/** Where a claim stands, in the overlay's five words. */
export const ClaimStatusSchema = v.picklist([
  'unverified',
  'disputed',
  'corroborated',
  'contradicted',
  'misattributed',
]);

/** A claim with its provenance, status and evidence. */
export const ClaimSchema = v.strictObject({
  id: IdSchema,
  storyId: IdSchema,
  articleIds: v.array(IdSchema),
  /** The claim in the article's exact words, so it can be found and anchored. */
  quote: NonEmpty,
  /** Other wordings the claim travels in. */
  variants: v.array(NonEmpty),
  /** A one-line neutral summary of what is claimed. */
  summary: NonEmpty,
  claimant: FactSchema,
  firstAppeared: FactSchema,
  appearances: v.array(FactSchema),
  status: ClaimStatusSchema,
  /** The status in plain words, e.g. "Misattributed: the statement came from ...". */
  statusText: NonEmpty,
  evidence: v.array(
    v.strictObject({
      text: NonEmpty,
      stance: v.picklist(['supports', 'contradicts', 'context']),
      sources: CitedBy,
      confidence: ConfidenceSchema,
    }),
  ),
});

/** A versioned corpus pack as imported and exported. */
export const PackSchema = v.strictObject({
  format: v.literal('backstory-pack'),
  formatVersion: v.literal(PACK_FORMAT_VERSION, `must be ${PACK_FORMAT_VERSION}`),
  id: IdSchema,
  version: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
  title: NonEmpty,
  description: v.string(),
  created: PartialDateSchema,
  sources: v.array(SourceSchema),
  outlets: v.array(OutletSchema),
  articles: v.array(ArticleSchema),
  stories: v.array(StorySchema),
  reports: v.array(RelatedReportSchema),
  claims: v.array(ClaimSchema),
});

export type Confidence = v.InferOutput<typeof ConfidenceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type OwnershipKind = v.InferOutput<typeof OwnershipKindSchema>;
export type Outlet = v.InferOutput<typeof OutletSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type RelatedReport = v.InferOutput<typeof RelatedReportSchema>;
export type ClaimStatus = v.InferOutput<typeof ClaimStatusSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
