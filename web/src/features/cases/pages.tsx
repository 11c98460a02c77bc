import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import { Loading } from '../../app/components';

/**
 * The case pages load on first use: they bring the procedure definitions and the Zod schemas (shared with the
 * server for client-side validation), which the rest of the staff app does not need.
 */
const List = lazy(() => import('./CaseListPage').then((m) => ({ default: m.CaseListPage })));
const New = lazy(() => import('./CaseNewPage').then((m) => ({ default: m.CaseNewPage })));
const Detail = lazy(() => import('./CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
const OnSpotNew = lazy(() => import('./OnSpotNewPage').then((m) => ({ default: m.OnSpotNewPage })));
const OnSpotCase = lazy(() => import('./OnSpotCasePage').then((m) => ({ default: m.OnSpotCasePage })));

function Loaded({ page: Page }: { page: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

export const CaseListPage = () => <Loaded page={List} />;
export const CaseNewPage = () => <Loaded page={New} />;
export const CaseDetailPage = () => <Loaded page={Detail} />;
export const OnSpotNewPage = () => <Loaded page={OnSpotNew} />;
export const OnSpotCasePage = () => <Loaded page={OnSpotCase} />;
