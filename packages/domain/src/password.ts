/**
 * Password policy (GB/T 22239-2019 等级保护 2.0, 身份鉴别: passwords must meet complexity requirements and be
 * changed periodically). The thresholds are per-deployment settings; this module only checks them.
 */

export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (lower-case, upper-case, digit, symbol) must occur. */
  minClasses: number;
}

export type PasswordCharClass = 'LOWER' | 'UPPER' | 'DIGIT' | 'SYMBOL';

export const PASSWORD_CLASS_LABELS: Record<PasswordCharClass, string> = {
  LOWER: '小写字母',
  UPPER: '大写字母',
  DIGIT: '数字',
  SYMBOL: '符号',
};

/** The character classes present in `pw`; any non-whitespace character that is not an ASCII letter or digit is a symbol. */
export function passwordClasses(pw: string): PasswordCharClass[] {
  const found = new Set<PasswordCharClass>();
  for (const ch of pw) {
    if (/[a-z]/.test(ch)) found.add('LOWER');
    else if (/[A-Z]/.test(ch)) found.add('UPPER');
    else if (/[0-9]/.test(ch)) found.add('DIGIT');
    else if (!/\s/.test(ch)) found.add('SYMBOL');
  }
  return (['LOWER', 'UPPER', 'DIGIT', 'SYMBOL'] as const).filter((c) => found.has(c));
}

/** Problems in Chinese; an empty array means the password satisfies the policy. */
export function checkPasswordPolicy(pw: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  const length = Array.from(pw).length;
  if (length < policy.minLength) problems.push(`密码长度不能少于${policy.minLength}位`);
  const classes = passwordClasses(pw);
  if (classes.length < policy.minClasses) {
    const missing = (Object.keys(PASSWORD_CLASS_LABELS) as PasswordCharClass[])
      .filter((c) => !classes.includes(c))
      .map((c) => PASSWORD_CLASS_LABELS[c]);
    problems.push(
      `密码须至少包含小写字母、大写字母、数字、符号中的${policy.minClasses}类（当前${classes.length}类，缺少：${missing.join('、')}）`,
    );
  }
  return problems;
}
