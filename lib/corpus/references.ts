/** Checks that a pack's records are unique and only point at records that exist in the pack. */
import type { Pack } from './schema';

type Problem = string;

function duplicates(ids: string[], path: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.push(`${path}[${index}].id: duplicate id "${id}"`);
    seen.add(id);
  });
  return problems;
}

function missing(ids: readonly string[], known: Set<string>, path: string, what: string): Problem[] {
  return ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !known.has(id))
    .map(({ id, index }) => `${path}[${index}]: unknown ${what} "${id}"`);
}

/** Lists every duplicate id and dangling reference, each with its path. */
export function findReferenceProblems(pack: Pack): Problem[] {
  const ids = {
    sources: new Set(pack.sources.map((r) => r.id)),
    outlets: new Set(pack.outlets.map((r) => r.id)),
    articles: new Set(pack.articles.map((r) => r.id)),
    stories: new Set(pack.stories.map((r) => r.id)),
  };
  const problems: Problem[] = [
    ...duplicates(
      pack.sources.map((r) => r.id),
      'sources',
    ),
    ...duplicates(
      pack.outlets.map((r) => r.id),
      'outlets',
    ),
    ...duplicates(
      pack.articles.map((r) => r.id),
      'articles',
    ),
    ...duplicates(
      pack.stories.map((r) => r.id),
      'stories',
    ),
    ...duplicates(
      pack.reports.map((r) => r.id),
      'reports',
    ),
    ...duplicates(
      pack.claims.map((r) => r.id),
      'claims',
    ),
  ];
  const cites = (sources: readonly string[], path: string) =>
    problems.push(...missing(sources, ids.sources, `${path}.sources`, 'source'));
  const citesFacts = (facts: readonly { sources: string[] }[], path: string) =>
    facts.forEach((fact, i) => cites(fact.sources, `${path}[${i}]`));

  pack.outlets.forEach((outlet, i) => {
    const at = `outlets[${i}]`;
    citesFacts(outlet.domains, `${at}.domains`);
    for (const key of ['country', 'owner', 'funding', 'stateAffiliation'] as const) {
      const fact = outlet[key];
      if (fact) cites(fact.sources, `${at}.${key}`);
    }
    citesFacts(outlet.ownerChain, `${at}.ownerChain`);
    citesFacts(outlet.history, `${at}.history`);
    citesFacts(outlet.regulatory, `${at}.regulatory`);
    citesFacts(outlet.classifications, `${at}.classifications`);
    citesFacts(outlet.notes, `${at}.notes`);
  });
  pack.articles.forEach((article, i) => {
    const at = `articles[${i}]`;
    problems.push(...missing([article.outletId], ids.outlets, `${at}.outletId`, 'outlet'));
    problems.push(...missing(article.storyIds, ids.stories, `${at}.storyIds`, 'story'));
    if (article.published) cites(article.published.sources, `${at}.published`);
  });
  pack.stories.forEach((story, i) => {
    problems.push(...missing(story.linkedStoryIds, ids.stories, `stories[${i}].linkedStoryIds`, 'story'));
    citesFacts(story.events, `stories[${i}].events`);
  });
  pack.reports.forEach((report, i) => {
    const at = `reports[${i}]`;
    problems.push(...missing(report.storyIds, ids.stories, `${at}.storyIds`, 'story'));
    if (report.outletId)
      problems.push(...missing([report.outletId], ids.outlets, `${at}.outletId`, 'outlet'));
    cites(report.sources, at);
  });
  pack.claims.forEach((claim, i) => {
    const at = `claims[${i}]`;
    problems.push(...missing([claim.storyId], ids.stories, `${at}.storyId`, 'story'));
    problems.push(...missing(claim.articleIds, ids.articles, `${at}.articleIds`, 'article'));
    for (const key of ['claimant', 'firstAppeared'] as const) cites(claim[key].sources, `${at}.${key}`);
    citesFacts(claim.appearances, `${at}.appearances`);
    citesFacts(claim.evidence, `${at}.evidence`);
  });
  return problems;
}
