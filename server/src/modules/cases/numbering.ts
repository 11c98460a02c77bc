import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';

/**
 * The next number of a gapless sequence (case numbers, 文号) per agency, year and kind. The counter row is created
 * or locked by the upsert itself, so concurrent transactions queue on it and a rolled-back transaction gives its
 * number back: numbers are never skipped and never shared.
 */
export async function nextNumber(tx: Tx, agencyId: string, year: number, kind: string): Promise<number> {
  const rows = await tx.execute<{ last: number }>(sql`
    INSERT INTO number_sequences (agency_id, year, kind, last) VALUES (${agencyId}, ${year}, ${kind}, 1)
    ON CONFLICT (agency_id, year, kind) DO UPDATE SET last = number_sequences.last + 1
    RETURNING last`);
  return Number(rows.rows[0].last);
}
