// Benchmark: documents rendered per second, Word (.docx) and the A4 HTML page separately, plus Word with the
// seal (SM3 digest + SM2 signature) — the renderer on its own, no database. Prints JSON and one summary line.
// Usage: npm run bench -- documents [count=500] [code=PENALTY_DECISION]
import { buildContent } from '../server/src/modules/documents/content';
import { COMPANY, sampleInput } from '../server/src/modules/documents/documents.test-support';
import { documentDocx, documentHtml } from '../server/src/modules/documents/render';
import { sealDocument, sealKeyFor } from '../server/src/modules/documents/seal';
import { latestTemplate } from '../server/src/modules/documents/templates';
import { deriveFieldKeys, FieldCipher } from '../server/src/platform/crypto';

const count = Number(process.argv[2] ?? 500);
const code = process.argv[3] ?? 'PENALTY_DECISION';
const template = latestTemplate(code);
if (!template) throw new Error(`unknown template ${code}`);

// Distinct documents (numbers, amounts, parties), as a busy agency issues them; identifiers decrypted per render.
const secret = Buffer.alloc(32, 9);
const cipher = new FieldCipher(deriveFieldKeys(secret));
const contents = Array.from({ length: count }, (_, i) => {
  const input = sampleInput(i % 2 ? { parties: [COMPANY] } : {});
  input.facts = { ...input.facts, penalty: { types: ['FINE'], fineFen: 100_000 + i * 137 } };
  return buildContent(template, input, { number: `青溪市监罚〔2026〕${i + 1}号`, batch: [], caseDocs: [] }, cipher);
});
const reveal = (c: (typeof contents)[number]) => (k: string) => (c.secrets[k] ? cipher.decrypt(c.secrets[k]) : null);
const key = sealKeyFor({ secretKey: secret }, contents[0].agency.id);

async function timed(label: string, fn: (i: number) => Promise<number> | number) {
  await fn(0); // warm-up
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) bytes += await fn(i);
  const seconds = (performance.now() - t0) / 1000;
  return {
    label,
    seconds: Number(seconds.toFixed(3)),
    perSecond: Math.round(count / seconds),
    avgBytes: Math.round(bytes / count),
  };
}

const html = await timed(
  'html',
  (i) => documentHtml(template, contents[i], { reveal: reveal(contents[i]), sealKeyId: key.keyId }).length,
);
const word = await timed(
  'word',
  async (i) => (await documentDocx(template, contents[i], { reveal: reveal(contents[i]) })).length,
);
const sealed = await timed('word+seal', async (i) => {
  const docx = await documentDocx(template, contents[i], { reveal: reveal(contents[i]) });
  sealDocument(key, docx);
  return docx.length;
});

const result = { template: `${code} v${template.version}`, documents: count, html, word, wordSealed: sealed };
console.log(JSON.stringify(result, null, 2));
console.log(
  `documents: ${count} × ${code} — Word ${word.perSecond}/s (${word.avgBytes} B each), HTML ${html.perSecond}/s (${html.avgBytes} B each), Word + SM2 seal ${sealed.perSecond}/s`,
);
