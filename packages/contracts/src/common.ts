import { z } from 'zod';

/** Messages are Chinese: they are shown to users next to the field. */
export const isoDate = z
  .string({ error: '请填写日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    '日期无效',
  );
export const uuid = z.string().uuid('编号格式错误');
export const page = z.coerce.number({ error: '页码必须是数字' }).int().min(1, '页码最小为 1').default(1);
export const pageSize = z.coerce
  .number({ error: '每页条数必须是数字' })
  .int()
  .min(1)
  .max(200, '每页最多 200 条')
  .default(20);
export const nonBlank = (label: string, max = 100) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);
export const optionalText = (label: string, max = 200) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 个字`).optional().default('');

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    fields: { path: string; message: string }[];
    requestId: string;
  };
}
