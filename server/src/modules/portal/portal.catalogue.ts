import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';

/** Portal pages of the catalogue (事前公示). */
export function registerCataloguePortal(_app: FastifyInstance, _services: Services): void {}
