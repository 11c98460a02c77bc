/**
 * Money as integer fen (分). Fines, surcharges (APL Art. 72: 3 % per day, capped at the fine) and confiscated
 * amounts are all whole fen, so integers avoid floating-point drift; every amount must be a safe integer.
 */

export class MoneyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

function requireFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Amount in fen must be a safe integer: ${fen}`);
}

export function isValidFen(fen: unknown): fen is number {
  return typeof fen === 'number' && Number.isSafeInteger(fen);
}

/**
 * Parses a non-negative yuan amount typed by a user: '12000', '12,000.5', '12000.50'. Thousands separators must
 * group by three. Throws MoneyFormatError (Chinese message) for negatives, more than two decimals or garbage.
 */
export function parseYuanToFen(input: string): number {
  const t = typeof input === 'string' ? input.trim() : '';
  if (t === '') throw new MoneyFormatError('请输入金额');
  if (/^[-−]/.test(t)) throw new MoneyFormatError('金额不能为负数');
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) throw new MoneyFormatError(`金额格式无效：${t}`);
  const decimals = m[2] ?? '';
  if (decimals.length > 2) throw new MoneyFormatError('金额最多保留两位小数（精确到分）');
  const digits = m[1].replaceAll(',', '') + decimals.padEnd(2, '0');
  const fen = Number(digits);
  if (!Number.isSafeInteger(fen)) throw new MoneyFormatError('金额超出允许范围');
  return fen;
}

/** '12,000.50' (thousands separators by default, always two decimals); negative amounts get a leading '-'. */
export function formatFenAsYuan(fen: number, opts: { thousands?: boolean } = {}): string {
  requireFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = String(Math.abs(fen)).padStart(3, '0');
  let yuan = abs.slice(0, -2);
  if (opts.thousands !== false) yuan = yuan.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${yuan}.${abs.slice(-2)}`;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IN_GROUP_UNITS = ['', '拾', '佰', '仟'];

/**
 * Chinese financial capitals (大写金额) following the PBoC rules for filling in bills (支付结算办法 附件《正确填写
 * 票据和结算凭证的基本规定》): one 零 for each run of zeros lying between non-zero digits — including a zero 万位,
 * 元位 or 角位, where the rules allow but do not require it (1,680.32 → 壹仟陆佰捌拾元零叁角贰分; 107,000.53 → 壹拾万零柒仟元零伍角叁分); 整 after 元 or 角
 * when there is no 分; 壹拾 is written in full. Amounts of 1万亿 yuan and more read "…万…亿".
 */
export function fenToChineseCapital(fen: number): string {
  requireFen(fen);
  if (fen < 0) return `负${fenToChineseCapital(-fen)}`;
  if (fen === 0) return '零元整';
  const digits = String(fen).padStart(3, '0');
  const yuanDigits = digits.slice(0, -2);
  const jiao = Number(digits[digits.length - 2]);
  const fenDigit = Number(digits[digits.length - 1]);

  let out = '';
  let started = false;
  let zeroPending = false;
  const emitDigit = (d: number, unit: string) => {
    if (d === 0) {
      if (started) zeroPending = true;
      return;
    }
    if (zeroPending) out += '零';
    out += DIGITS[d] + unit;
    started = true;
    zeroPending = false;
  };

  const len = yuanDigits.length;
  for (let i = 0; i < len; i++) {
    const k = len - 1 - i; // power of ten of this yuan digit
    emitDigit(Number(yuanDigits[i]), IN_GROUP_UNITS[k % 4]);
    if (k > 0 && k % 4 === 0) {
      const group = yuanDigits.slice(Math.max(0, i - 3), i + 1);
      const higher = yuanDigits.slice(0, Math.max(0, i - 3));
      // 亿 is also needed when only a higher 万 group is non-zero (…万亿).
      const needed = Number(group) > 0 || (k === 8 && Number(higher) > 0);
      if (needed) out += (k / 4) % 2 === 1 ? '万' : '亿';
    }
  }
  if (Number(yuanDigits) > 0) out += '元';
  emitDigit(jiao, '角');
  emitDigit(fenDigit, '分');
  if (fenDigit === 0) out += '整';
  return out;
}
