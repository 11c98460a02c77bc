import type { DemoLaw } from '../types';
import { MARKET_LAWS } from './market';
import { PROCEDURE_LAWS } from './procedure';
import { SAFETY_HEALTH_JUSTICE_LAWS } from './safety-health-justice';
import { TRANSPORT_LAND_LAWS } from './transport-land';
import { URBAN_ENV_LAWS } from './urban-env';

/** The demo law library: the procedural laws DOMAIN.md cites, then the demo agencies' sector laws. */
export const DEMO_LAWS: DemoLaw[] = [
  ...PROCEDURE_LAWS,
  ...MARKET_LAWS,
  ...URBAN_ENV_LAWS,
  ...TRANSPORT_LAND_LAWS,
  ...SAFETY_HEALTH_JUSTICE_LAWS,
];

export { L } from './names';
