import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';

export function registerLedgerRoutes(_app: FastifyInstance, _services: Services): void {}
