import { type LawVersionInput, lawInput, lawVersionInput } from '@zhifa/contracts';
import { parseChineseNumeral } from '@zhifa/domain';
import type { z } from 'zod';

export const LAW_LEVEL_LABELS: Record<string, string> = {
  LAW: '法律',
  ADMIN_REGULATION: '行政法规',
  DEPARTMENT_RULE: '部门规章',
  LOCAL_REGULATION: '地方性法规',
  LOCAL_RULE: '地方政府规章',
  NORMATIVE_DOCUMENT: '规范性文件',
};

export interface LineError {
  line: number;
  message: string;
}

export interface ParsedLaw {
  law: z.output<typeof lawInput>;
  versions: LawVersionInput[];
}

const NUM = '[零一二三四五六七八九十百千]+';
const ARTICLE = new RegExp(`^第(${NUM})条(?:[\\s\\u3000]+|$)(.*)$`);
const ARABIC_ARTICLE = /^第\s*\d+\s*条/;
const ITEM = new RegExp(`^[（(](${NUM})[）)]\\s*(.*)$`);
const HEADING = new RegExp(`^第${NUM}(编|分编|章|节)`);
const META = /^([^：:\s]{1,8})[：:]\s*(.*)$/;

const LAW_META: Record<string, 'shortName' | 'level' | 'issuer'> = {
  简称: 'shortName',
  层级: 'level',
  效力层级: 'level',
  制定机关: 'issuer',
};
const VERSION_META: Record<string, 'issuingDocument' | 'promulgatedOn' | 'effectiveFrom' | 'effectiveUntil'> = {
  公布文件: 'issuingDocument',
  公布日期: 'promulgatedOn',
  施行日期: 'effectiveFrom',
  失效日期: 'effectiveUntil',
};

interface Article {
  article: number;
  line: number;
  paragraphs: { text: string; items: { item: number; text: string }[] }[];
}

/** One version's articles as provisions: the article, then its paragraphs and items when it has them. */
function provisionsOf(articles: Article[]): LawVersionInput['provisions'] {
  const out: LawVersionInput['provisions'] = [];
  for (const a of articles) {
    const paragraphText = (p: Article['paragraphs'][number]) =>
      [p.text, ...p.items.map((i) => i.text)].filter(Boolean).join('\n');
    out.push({ article: a.article, paragraph: null, item: null, text: a.paragraphs.map(paragraphText).join('\n') });
    const detailed = a.paragraphs.length > 1 || a.paragraphs.some((p) => p.items.length);
    if (!detailed) continue;
    a.paragraphs.forEach((p, i) => {
      out.push({ article: a.article, paragraph: i + 1, item: null, text: paragraphText(p) });
      for (const it of p.items) out.push({ article: a.article, paragraph: i + 1, item: it.item, text: it.text });
    });
  }
  return out;
}

/**
 * Parses the Markdown law format documented in LAW_IMPORT.md. Every problem is reported with its
 * line number (Chinese); nothing is returned unless the whole file is valid.
 */
export function parseLawMarkdown(text: string): { law: ParsedLaw | null; errors: LineError[] } {
  const errors: LineError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const law: Record<string, string> = {};
  let nameLine = 0;
  const versions: { line: number; meta: Record<string, string>; articles: Article[] }[] = [];
  const err = (line: number, message: string): true => {
    errors.push({ line, message: `第 ${line} 行：${message}` });
    return true;
  };

  const handle = (raw: string, n: number): boolean => {
    const line = raw.replace(/\u3000/g, ' ').trim();
    if (!line || line.startsWith('>') || line.startsWith('<!--')) return false;
    const version = versions[versions.length - 1];
    if (/^#\s/.test(line)) {
      if (nameLine) return err(n, '一个文件只能有一部法律法规（只能有一个"# 名称"标题）');
      nameLine = n;
      law.name = line
        .replace(/^#\s+/, '')
        .replace(/^《|》$/g, '')
        .trim();
      return false;
    }
    if (!nameLine) return err(n, '文件应以"# 法律法规名称"开头');
    if (/^##\s/.test(line)) {
      versions.push({ line: n, meta: { label: line.replace(/^##\s+/, '').trim() }, articles: [] });
      return false;
    }
    if (/^#{3,}\s/.test(line) || HEADING.test(line)) return false; // 编、章、节 headings are not provisions
    const article = ARTICLE.exec(line);
    if (article) {
      if (!version) return err(n, '条文之前应先写"## 版本名称"和版本信息');
      const number = parseChineseNumeral(article[1]);
      if (number === null) return err(n, `条文编号"第${article[1]}条"不是规范的汉字数字`);
      const last = version.articles[version.articles.length - 1];
      if (last && number <= last.article)
        return err(n, `条文编号"第${article[1]}条"应大于上一条（第 ${last.line} 行）`);
      version.articles.push({ article: number, line: n, paragraphs: [{ text: article[2].trim(), items: [] }] });
      return false;
    }
    if (ARABIC_ARTICLE.test(line)) return err(n, '条文编号应使用汉字数字，如"第十二条"');
    const current = version?.articles[version.articles.length - 1];
    if (!current) {
      const meta = META.exec(line);
      if (meta) {
        const key = version ? VERSION_META[meta[1]] : LAW_META[meta[1]];
        if (!key) return err(n, `无法识别的信息项"${meta[1]}"`);
        (version ? version.meta : law)[key] = meta[2].trim();
        return false;
      }
      return err(
        n,
        version ? '版本信息应写作"施行日期：YYYY-MM-DD"等，条文应以"第X条"开头' : '法律信息应写作"简称：…"等',
      );
    }
    const item = ITEM.exec(line);
    if (item) {
      const number = parseChineseNumeral(item[1]);
      if (number === null) return err(n, `项的编号"（${item[1]}）"不是规范的汉字数字`);
      current.paragraphs[current.paragraphs.length - 1].items.push({ item: number, text: line });
      return false;
    }
    current.paragraphs.push({ text: line, items: [] });
    return false;
  };
  for (const [i, raw] of lines.entries()) handle(raw, i + 1);

  if (!nameLine) errors.push({ line: 1, message: '第 1 行：文件应以"# 法律法规名称"开头' });
  if (errors.length) return { law: null, errors };
  const level = Object.entries(LAW_LEVEL_LABELS).find(
    ([code, label]) => law.level === label || law.level === code,
  )?.[0];
  const parsedLaw = lawInput.safeParse({
    name: law.name,
    shortName: law.shortName,
    level: level ?? law.level,
    issuer: law.issuer,
  });
  if (!parsedLaw.success)
    for (const issue of parsedLaw.error.issues)
      err(
        nameLine,
        issue.path[0] === 'level' ? `层级应为：${Object.values(LAW_LEVEL_LABELS).join('、')}` : issue.message,
      );
  if (!versions.length) err(nameLine, '至少应有一个"## 版本名称"段落');
  const out: LawVersionInput[] = [];
  for (const v of versions) {
    if (!v.articles.length) err(v.line, `版本"${v.meta.label}"没有任何条文`);
    const provisions = provisionsOf(v.articles);
    const parsed = lawVersionInput.safeParse({
      label: v.meta.label,
      issuingDocument: v.meta.issuingDocument,
      promulgatedOn: v.meta.promulgatedOn,
      effectiveFrom: v.meta.effectiveFrom,
      effectiveUntil: v.meta.effectiveUntil || null,
      provisions,
    });
    if (parsed.success) out.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path;
        const where =
          field === 'provisions' && typeof index === 'number'
            ? (v.articles.find((a) => a.article === provisions[index]?.article)?.line ?? v.line)
            : v.line;
        const label: Record<string, string> = {
          promulgatedOn: '公布日期',
          effectiveFrom: '施行日期',
          effectiveUntil: '失效日期',
          issuingDocument: '公布文件',
        };
        err(where, `${label[String(field)] ? `${label[String(field)]}：` : ''}${issue.message}`);
      }
  }
  if (errors.length || !parsedLaw.success) return { law: null, errors };
  return { law: { law: parsedLaw.data, versions: out }, errors: [] };
}
