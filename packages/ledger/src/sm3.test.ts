import { describe, expect, it } from 'vitest';
import { createSm3, sm3, sm3Hex } from './sm3.js';

// GB/T 32905-2016 Annex A: example 1 ("abc") and example 2 ("abcd" repeated 16 times, 512 bits).
describe('sm3', () => {
  it('matches the GB/T 32905 example 1', () => {
    expect(sm3('abc').toString('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex(Buffer.from('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('matches the GB/T 32905 example 2', () => {
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes incrementally to the same digest', () => {
    const h = createSm3();
    for (let i = 0; i < 16; i++) h.update('abcd');
    expect(h.digest('hex')).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes strings as UTF-8 and returns 32 bytes', () => {
    expect(sm3('执法').equals(sm3(Buffer.from('执法', 'utf8')))).toBe(true);
    expect(sm3('')).toHaveLength(32);
  });
});
