import { describe, expect, it } from 'vitest';
import * as domain from '../index.js';

describe('catalogue public API (issue 4)', () => {
  it('is re-exported from @zhifa/domain', () => {
    const names = [
      'PENALTY_TYPES', 'PENALTY_TYPE_LABELS', 'penaltySeverityRank', 'validatePenaltyScale', 'describePenaltyScale',
      'PARTY_TYPES', 'PARTY_TYPE_LABELS', 'comparePenaltySeverity', 'explainPenaltySeverity', 'versionInForce',
      'validateProvisionVersions', 'applicableProvision', 'ProvisionVersionError', 'toChineseNumeral',
      'parseChineseNumeral', 'formatCitation', 'parseCitation', 'DISCRETION_TIERS', 'DISCRETION_TIER_LABELS',
      'validateBenchmarkEntry', 'validateNarrowing', 'suggestTiersFromStatutory', 'applyBenchmark', 'BenchmarkError',
      'FOUR_LISTS', 'FOUR_LIST_LABELS', 'FOLLOW_UP_LABELS', 'validateFourListEntry', 'ITEM_KINDS', 'ITEM_KIND_LABELS',
      'reviewRequired', 'criterionMatches', 'validateReviewCatalogue', 'NATIONAL_DEFAULTS', 'resolveProfile',
      'validateProfileOverride', 'hearingThreshold', 'ProfileError',
    ]; // biome-ignore format: compact list
    for (const n of names) expect(domain, n).toHaveProperty(n);
  });
  it('keeps internal helpers private', () => {
    for (const n of ['scaleFen', 'yuan', 'decimalText', 'entry']) expect(domain, n).not.toHaveProperty(n);
  });
});
