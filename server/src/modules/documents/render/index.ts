import type { DocumentContent } from '../documents.types';
import type { DocumentTemplate } from '../templates';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { buildModel, type ModelOptions } from './model';

export { renderDocx } from './docx';
export { chineseDate, chineseDateNumerals, moneyText } from './format';
export { renderHtml } from './html';
export { buildModel, type DocModel } from './model';

export interface RenderOptions extends ModelOptions {
  /** Key id of the agency's seal, printed in the HTML footer of sealed documents. */
  sealKeyId?: string;
}

/** The A4 HTML page of a document (deterministic for the same content, template version and options). */
export function documentHtml(template: DocumentTemplate, content: DocumentContent, opts: RenderOptions = {}): string {
  return renderHtml(buildModel(template, content, opts), { sealKeyId: opts.sealKeyId });
}

/** The Word file of a document (byte-identical for the same content, template version and options). */
export function documentDocx(
  template: DocumentTemplate,
  content: DocumentContent,
  opts: RenderOptions = {},
): Promise<Buffer> {
  return renderDocx(buildModel(template, content, opts), content.date);
}
