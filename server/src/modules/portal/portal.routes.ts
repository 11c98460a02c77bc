import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';

export function registerPortal(_app: FastifyInstance, _services: Services): void {}
