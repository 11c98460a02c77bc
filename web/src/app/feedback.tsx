import type { FormInstance } from 'antd';
import { App } from 'antd';
import { isApiError } from './api';

/**
 * Message, notification and modal instances bound to the app's ConfigProvider (locale, theme), usable from
 * plain functions. <FeedbackBridge /> fills them once it is mounted inside antd's <App>.
 */
type AppApis = ReturnType<typeof App.useApp>;
let messageApi: AppApis['message'] | null = null;
let notificationApi: AppApis['notification'] | null = null;
let modalApi: AppApis['modal'] | null = null;

export function FeedbackBridge() {
  const app = App.useApp();
  messageApi = app.message;
  notificationApi = app.notification;
  modalApi = app.modal;
  return null;
}

export const feedback = {
  success(text: string) {
    messageApi?.success(text);
  },
  error(text: string) {
    messageApi?.error(text);
  },
  info(text: string) {
    messageApi?.info(text);
  },
  notify(title: string, description?: string) {
    notificationApi?.warning({ title, description });
  },
  confirm(opts: { title: string; content?: string; okText?: string; danger?: boolean; onOk: () => unknown }) {
    modalApi?.confirm({
      title: opts.title,
      content: opts.content,
      okText: opts.okText ?? '确定',
      cancelText: '取消',
      okButtonProps: { danger: opts.danger },
      onOk: opts.onOk,
    });
  },
};

/** Shows an API error to the user. 401 is handled globally (redirect to sign-in), so it is not repeated here. */
export function showError(e: unknown): void {
  if (isApiError(e, 'UNAUTHENTICATED')) return;
  if (isApiError(e)) {
    const suffix = e.code === 'INTERNAL' && e.requestId ? `（请求编号 ${e.requestId}）` : '';
    feedback.error(e.message + suffix);
    return;
  }
  feedback.error('操作失败，请稍后重试');
}

/** `certificate.number` / `days.0.date` → ['certificate', 'number'] / ['days', 0, 'date'] */
export function toNamePath(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Puts the server's field errors under the matching form fields and shows the overall message.
 * `prefix` maps body paths into the form when the form nests the body (e.g. ['certificate']).
 */
export function showFormError(form: FormInstance, e: unknown, prefix: (string | number)[] = []): void {
  if (isApiError(e) && e.fields.length > 0) {
    const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
    for (const f of e.fields) {
      const name = [...prefix, ...toNamePath(f.path)];
      const key = JSON.stringify(name);
      const entry = byPath.get(key) ?? { name, errors: [] };
      entry.errors.push(f.message);
      byPath.set(key, entry);
    }
    form.setFields([...byPath.values()]);
    const first = [...byPath.values()][0];
    if (first) form.scrollToField(first.name);
  }
  showError(e);
}
