import { describe, expect, it } from 'vitest';
import { DOCUMENT_NAMES } from './document-names.js';
import { validateDefinition } from './engine.js';
import { PROCEDURE_IDS, PROCEDURES, unknownClockRules } from './registry.js';

describe('procedure registry', () => {
  it.each(PROCEDURE_IDS)('%s: id matches, definition valid, every started clock is computable', (id) => {
    const def = PROCEDURES[id];
    expect(def.id).toBe(id);
    expect(validateDefinition(def)).toEqual([]);
    expect(unknownClockRules(def)).toEqual([]);
    const codes = def.transitions.flatMap((t) => [...(t.documentsProduced ?? []), ...(t.documentsRequired ?? [])]);
    expect(codes.filter((c) => !(c in DOCUMENT_NAMES))).toEqual([]);
  });
});
