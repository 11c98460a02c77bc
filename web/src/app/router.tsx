import { createBrowserRouter } from 'react-router';
import { AgencyDetailPage } from '../features/agencies/AgencyDetailPage';
import { AgencyListPage } from '../features/agencies/AgencyListPage';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { PasswordPage } from '../features/auth/PasswordPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { CaseDetailPage, CaseListPage, CaseNewPage, OnSpotCasePage, OnSpotNewPage } from '../features/cases/pages';
import { CatalogueImportPage } from '../features/catalogue/CatalogueImportPage';
import { CatalogueListPage } from '../features/catalogue/CatalogueListPage';
import { CatalogueVersionPage } from '../features/catalogue/CatalogueVersionPage';
import { DeviceListPage } from '../features/devices/DeviceListPage';
import { HomePage } from '../features/home/HomePage';
import { LawDetailPage } from '../features/laws/LawDetailPage';
import { LawListPage } from '../features/laws/LawListPage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { OfficerDetailPage } from '../features/officers/OfficerDetailPage';
import { OfficerListPage } from '../features/officers/OfficerListPage';
import { OfficerNewPage } from '../features/officers/OfficerNewPage';
import { AccessRegisterPage } from '../features/records/AccessRegisterPage';
import { RecordDetailPage } from '../features/records/RecordDetailPage';
import { RecordListPage } from '../features/records/RecordListPage';
import { RecordNewPage } from '../features/records/RecordNewPage';
import { RosterImportPage } from '../features/roster-import/RosterImportPage';
import { UsersPage } from '../features/users/UsersPage';
import { onUnauthenticated, setCsrfToken } from './api';
import { NotFoundPage, RequireAbility } from './components';
import { queryClient } from './queryClient';
import { Shell } from './Shell';
import { sessionKey } from './session';

export const BASENAME = '/app';

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'cases',
          element: (
            <RequireAbility ability="case.read">
              <CaseListPage />
            </RequireAbility>
          ),
        },
        {
          path: 'cases/new',
          element: (
            <RequireAbility ability="case.create">
              <CaseNewPage />
            </RequireAbility>
          ),
        },
        {
          path: 'cases/on-spot',
          element: (
            <RequireAbility ability="case.create">
              <OnSpotNewPage />
            </RequireAbility>
          ),
        },
        {
          path: 'cases/on-spot/:id',
          element: (
            <RequireAbility ability="case.act">
              <OnSpotCasePage />
            </RequireAbility>
          ),
        },
        {
          path: 'cases/:id',
          element: (
            <RequireAbility ability="case.read">
              <CaseDetailPage />
            </RequireAbility>
          ),
        },
        {
          path: 'agencies',
          element: (
            <RequireAbility ability="agency.read">
              <AgencyListPage />
            </RequireAbility>
          ),
        },
        {
          path: 'agencies/:id',
          element: (
            <RequireAbility ability="agency.read">
              <AgencyDetailPage />
            </RequireAbility>
          ),
        },
        {
          path: 'officers',
          element: (
            <RequireAbility ability="officer.read">
              <OfficerListPage />
            </RequireAbility>
          ),
        },
        {
          path: 'officers/new',
          element: (
            <RequireAbility ability="officer.manage">
              <OfficerNewPage />
            </RequireAbility>
          ),
        },
        {
          path: 'officers/import',
          element: (
            <RequireAbility ability="officer.manage">
              <RosterImportPage />
            </RequireAbility>
          ),
        },
        {
          path: 'officers/:id',
          element: (
            <RequireAbility ability="officer.read">
              <OfficerDetailPage />
            </RequireAbility>
          ),
        },
        {
          path: 'users',
          element: (
            <RequireAbility ability="user.manage">
              <UsersPage />
            </RequireAbility>
          ),
        },
        {
          path: 'audit',
          element: (
            <RequireAbility ability="audit.read">
              <AuditPage />
            </RequireAbility>
          ),
        },
        {
          path: 'calendar',
          element: (
            <RequireAbility ability="calendar.read">
              <CalendarPage />
            </RequireAbility>
          ),
        },
        {
          path: 'records',
          element: (
            <RequireAbility ability="record.read">
              <RecordListPage />
            </RequireAbility>
          ),
        },
        {
          path: 'records/new',
          element: (
            <RequireAbility ability="record.create">
              <RecordNewPage />
            </RequireAbility>
          ),
        },
        {
          path: 'records/:id',
          element: (
            <RequireAbility ability="record.read">
              <RecordDetailPage />
            </RequireAbility>
          ),
        },
        {
          path: 'devices',
          element: (
            <RequireAbility ability="device.read">
              <DeviceListPage />
            </RequireAbility>
          ),
        },
        {
          path: 'access-register',
          element: (
            <RequireAbility ability="access.read">
              <AccessRegisterPage />
            </RequireAbility>
          ),
        },
        {
          path: 'ledger',
          element: (
            <RequireAbility ability="ledger.read">
              <LedgerPage />
            </RequireAbility>
          ),
        },
        {
          path: 'catalogue',
          element: (
            <RequireAbility ability="catalogue.read">
              <CatalogueListPage />
            </RequireAbility>
          ),
        },
        {
          path: 'catalogue/import',
          element: (
            <RequireAbility ability="catalogue.edit">
              <CatalogueImportPage />
            </RequireAbility>
          ),
        },
        {
          path: 'catalogue/lists/:id',
          element: (
            <RequireAbility ability="catalogue.read">
              <CatalogueVersionPage />
            </RequireAbility>
          ),
        },
        { path: 'laws', element: <LawListPage /> },
        { path: 'laws/:id', element: <LawDetailPage /> },
        { path: 'password', element: <PasswordPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: BASENAME },
);

/**
 * A 401 on any request means the session ended (idle timeout, signed out elsewhere): go to the sign-in page,
 * keeping the intended path, and say why if the user was signed in.
 */
onUnauthenticated(() => {
  const { pathname, search } = window.location;
  const path = pathname.startsWith(BASENAME) ? pathname.slice(BASENAME.length) || '/' : pathname;
  if (path.startsWith('/login')) return;
  const wasSignedIn = Boolean(queryClient.getQueryData(sessionKey));
  const params = new URLSearchParams();
  const next = path + search;
  if (next !== '/') params.set('next', next);
  if (wasSignedIn) params.set('reason', 'timeout');
  const qs = params.toString();
  router.navigate(`/login${qs ? `?${qs}` : ''}`, { replace: true });
  setCsrfToken(null);
  queryClient.clear();
  queryClient.setQueryData(sessionKey, null);
});
