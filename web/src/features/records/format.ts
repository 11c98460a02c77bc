import dayjs, { type Dayjs } from 'dayjs';

/** 1536 → "1.5 KB"; sizes use binary multiples, as file managers do. */
export function formatBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}

export function formatSpeed(bytesPerSecond: number): string {
  if (!bytesPerSecond || bytesPerSecond <= 0) return '—';
  return `${formatBytes(Math.round(bytesPerSecond))}/s`;
}

/** Seconds → "3 分 20 秒" for the remaining-time estimate. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} 秒`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} 分 ${s % 60} 秒`;
  return `${Math.floor(m / 60)} 小时 ${m % 60} 分`;
}

/**
 * Date-time pickers are read as Beijing wall-clock time, whatever the browser's time zone, matching how
 * moments are shown everywhere else (formatDateTime): 09:00 typed is 09:00 Beijing time (UTC+8, no DST).
 */
export function beijingIso(d: Dayjs | null | undefined): string {
  if (!d) return '';
  return new Date(`${d.format('YYYY-MM-DDTHH:mm:ss')}+08:00`).toISOString();
}

/** The inverse of beijingIso: a stored moment as a picker value showing its Beijing wall-clock time. */
export function fromBeijingIso(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return null;
  return dayjs(new Date(t + 8 * 3600_000).toISOString().slice(0, 19));
}
