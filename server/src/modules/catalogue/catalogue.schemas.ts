import { ITEM_KINDS, isoDate, PENALTY_TYPES, uuid } from '@zhifa/contracts';
import { z } from 'zod';

const fen = z.number({ error: '金额必须是数字（分）' }).int('金额应为整数（分）').min(0, '金额不能为负');

/**
 * POST /api/catalogue/review-required: a proposed decision (the domain's ProposedDecision) and the
 * agency whose published review catalogue applies.
 */
export const proposedDecisionInput = z
  .object({
    agencyId: uuid,
    itemKind: z.enum(ITEM_KINDS, { error: '请选择事项类别' }),
    penaltyTypes: z
      .array(z.enum(PENALTY_TYPES, { error: '处罚种类无效' }))
      .max(14)
      .default([]),
    fineFen: fen.default(0),
    confiscationFen: fen.default(0),
    partyType: z.enum(['NATURAL_PERSON', 'ORGANISATION'], { error: '请选择当事人类型' }),
    hearingHeld: z.boolean().default(false),
    complex: z.boolean().default(false),
    publicInterest: z.boolean().default(false),
    multipleLegalRelationships: z.boolean().default(false),
    affectsMajorRights: z.boolean().optional(),
    requiredByLaw: z.string().trim().max(200, '不能超过 200 个字').optional(),
  })
  .strict();

/** GET /api/laws/applicable */
export const applicableQuery = z.object({
  lawId: uuid,
  article: z.coerce.number({ error: '条必须是数字' }).int().min(1, '条应为正整数').max(999),
  paragraph: z.coerce.number({ error: '款必须是数字' }).int().min(1).max(99).optional(),
  item: z.coerce.number({ error: '项必须是数字' }).int().min(1).max(99).optional(),
  actDate: isoDate,
  actEndDate: isoDate.optional(),
  decisionDate: isoDate,
});
