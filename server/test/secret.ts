/** Fixed instance secret for tests: the template is seeded with it, so clones decrypt with it. */
export const TEST_SECRET_HEX = '5a686966612d746573742d7365637265742d6b65792d3030303030303030303030'.slice(0, 64);

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
