/**
 * GB/T 2260 codes are hierarchical: XX0000 is a province, XXXX00 a prefecture-level city, XXXXXX a
 * county. The prefix shared by everything a region contains is the code without trailing "00" pairs.
 */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
