import type { LawVersionInput, ListType, lawInput } from '@zhifa/contracts';
import type { z } from 'zod';

/**
 * The demo law library and the demo agencies' catalogue lists, as plain data. The catalogue loader
 * (`seedCatalogue(services, data)`) validates and stores this shape; entries follow
 * `LIST_ENTRY_SCHEMAS[listType]` of packages/contracts/src/catalogue.ts.
 */
export interface DemoCatalogue {
  laws: { law: z.input<typeof lawInput>; versions: z.input<typeof import('@zhifa/contracts').lawVersionInput>[] }[];
  lists: { agencyShortName: string; listType: ListType; effectiveFrom: string; entries: unknown[] }[];
}

export type DemoLaw = DemoCatalogue['laws'][number];
export type DemoLawVersion = DemoLaw['versions'][number];
export type DemoProvision = DemoLawVersion['provisions'][number];
/** Re-exported for files that only need the parsed shape. */
export type { LawVersionInput };
