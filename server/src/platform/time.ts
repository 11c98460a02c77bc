/** Beijing time (UTC+8, no daylight saving) as `YYYY-MM-DD HH:mm:ss`, for exports and messages. */
export function beijingDateTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
