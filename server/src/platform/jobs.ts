import type { Services } from '../services';

/** Scheduled work (checkpoints, fixity, upload expiry); returns a function that stops it. */
export async function startJobs(_services: Services): Promise<() => Promise<void>> {
  return async () => undefined;
}
