/**
 * Recognition's public surface: pure functions over strings and data. The background runs
 * extract → `pageFeatures` → `probeFor` → lookup (lib/db/recognition-store.ts) → `recognize`;
 * the content script runs `gatePage` first; the corpus build runs `fingerprintArticle`.
 * See README.md for the taxonomy and the evidence the overlay receives.
 */
export { fingerprintArticle } from './fingerprint';
export { ArticleFingerprintSchema, type ArticleFingerprint } from './fingerprint-schema';
export {
  gatePage,
  hasArticleMarkup,
  MAX_GATE_ELEMENTS,
  type GateAction,
  type GateDecision,
  type GateSignals,
} from './gate';
export { pageFeatures, urlOnlyFeatures, type PageAnchor, type PageFeatures } from './features';
export { probeFor, termHash, urlHash, type PageProbe, type ProbeTerm } from './probe';
export { recognize, matchArticles, matchStories } from './recognize';
export { findClaims, type FindOptions } from './claims/find-claims';
export { indexRowsForPack, type DomainEntry, type IndexablePack, type LookupRows } from './index-rows';
export {
  noCandidates,
  type CandidateArticle,
  type CandidateClaim,
  type CandidateOutlet,
  type CandidateStory,
  type Candidates,
} from './candidates';
export { urlKey, hostCandidates, bareHost } from './url';
export {
  MATCH_KINDS,
  type ArticleMatch,
  type ClaimHit,
  type ClaimMethod,
  type MatchKind,
  type PassageMapping,
  type Recognition,
  type StoryMatch,
} from './types';
