import dayjs from 'dayjs';

/**
 * Moments are shown in Beijing time whatever the browser's time zone (China has one zone, UTC+8,
 * without daylight saving), so a record reads the same on every screen and in every export.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '—';
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function formatDate(d: string | null | undefined): string {
  return d ? d : '—';
}

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
export function weekday(date: string): string {
  return WEEKDAYS[dayjs(date).day()] ?? '';
}

export function text(v: string | null | undefined): string {
  return v === null || v === undefined || v === '' ? '—' : v;
}

/** Downloads rows as a CSV file Excel opens correctly (UTF-8 with BOM). */
export function downloadCsv(fileName: string, header: string[], rows: (string | number)[][]): void {
  const esc = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const body = [header, ...rows].map((r) => r.map(esc).join(',')).join('\r\n');
  const blob = new Blob([`\uFEFF${body}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
