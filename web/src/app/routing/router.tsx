import type { Permission } from '@modern-emr/domain';
import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../../features/auth/LoginPage';
import { HomeRedirect, RequirePermission } from '../../features/auth/RequireAuth';
import { restoreSession } from '../../features/auth/session';
import { NotFoundPage } from '../../features/not-found/NotFoundPage';
import { AppLayout } from '../layout/AppLayout';
import { loadPage } from './lazy-page';
import { paths } from './paths';
import { RouteErrorPage } from './RouteErrorPage';

const guarded = (permission: Permission, page: ReactElement) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/**
 * A page whose code is fetched the first time it is opened, so that on a slow line the sign-in
 * screen does not wait for every station's pages (and a receptionist never downloads the cashier's).
 * The service worker still precaches every chunk once the app is installed.
 */
// spec: WEB-BUNDLE-1
function onDemand(load: () => Promise<ReactElement>, permission?: Permission): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const page = await loadPage(load);
      return { element: permission ? guarded(permission, page) : page };
    },
  };
}

/** A station whose home is, for now, its heading and what its worklist will hold. */
function stationHome(station: 'nurse' | 'lab' | 'radiology' | 'pharmacy', permission: Permission) {
  return onDemand(async () => {
    const { STATION_INFO, StationHomePage } = await import('../../features/stations/StationHomePage');
    return <StationHomePage info={STATION_INFO[station]} />;
  }, permission);
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Errors render inside the layout, so navigation stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.login, element: <LoginPage /> },
          {
            // The sign-in check and the server-read cache of every page behind it, fetched with the
            // first such page (in parallel with the page's own code).
            ...onDemand(async () => {
              const { SignedInArea } = await import('../SignedInArea');
              return <SignedInArea />;
            }),
            children: [
              { path: paths.home, element: <HomeRedirect /> },
              {
                path: paths.changePassword,
                ...onDemand(async () => {
                  const { ChangePasswordPage } = await import('../../features/auth/ChangePasswordPage');
                  return <ChangePasswordPage />;
                }),
              },
              {
                path: paths.account,
                ...onDemand(async () => {
                  const { AccountPage } = await import('../../features/account/AccountPage');
                  return <AccountPage />;
                }),
              },
              {
                path: paths.admin,
                ...onDemand(async () => {
                  const { AdminHomePage } = await import('../../features/admin/AdminHomePage');
                  return <AdminHomePage />;
                }, 'users.manage'),
              },
              {
                path: paths.adminUsers,
                ...onDemand(async () => {
                  const { UsersPage } = await import('../../features/admin/UsersPage');
                  return <UsersPage />;
                }, 'users.manage'),
              },
              {
                path: paths.adminAuditLog,
                ...onDemand(async () => {
                  const { AuditLogPage } = await import('../../features/admin/AuditLogPage');
                  return <AuditLogPage />;
                }, 'audit.read'),
              },
              {
                path: paths.reception,
                ...onDemand(async () => {
                  const { ReceptionHomePage } = await import('../../features/reception/ReceptionHomePage');
                  return <ReceptionHomePage />;
                }, 'patients.register'),
              },
              {
                path: paths.receptionNewPatient,
                ...onDemand(async () => {
                  const { RegisterPatientPage } = await import('../../features/patients/RegisterPatientPage');
                  return <RegisterPatientPage />;
                }, 'patients.register'),
              },
              {
                path: paths.patient,
                ...onDemand(async () => {
                  const { PatientPage } = await import('../../features/patients/PatientPage');
                  return <PatientPage />;
                }, 'patients.read'),
              },
              {
                path: paths.cashier,
                ...onDemand(async () => {
                  const { CashierHomePage } = await import('../../features/cashier/CashierHomePage');
                  return <CashierHomePage />;
                }, 'till.operate'),
              },
              {
                path: paths.cashierVisit,
                ...onDemand(async () => {
                  const { VisitBillingPage } = await import('../../features/cashier/VisitBillingPage');
                  return <VisitBillingPage />;
                }, 'billing.pay'),
              },
              {
                path: paths.cashierWallet,
                ...onDemand(async () => {
                  const { WalletPage } = await import('../../features/cashier/WalletPage');
                  return <WalletPage />;
                }, 'billing.pay'),
              },
              {
                path: paths.cashierEndOfDay,
                ...onDemand(async () => {
                  const { EndOfDayPage } = await import('../../features/cashier/EndOfDayPage');
                  return <EndOfDayPage />;
                }, 'till.operate'),
              },
              {
                path: paths.doctor,
                ...onDemand(async () => {
                  const { DoctorHomePage } = await import('../../features/doctor/DoctorHomePage');
                  return <DoctorHomePage />;
                }, 'consultation.write'),
              },
              {
                path: paths.doctorVisit,
                ...onDemand(async () => {
                  const { ConsultationPage } = await import('../../features/doctor/ConsultationPage');
                  return <ConsultationPage />;
                }, 'consultation.write'),
              },
              { path: paths.nurse, ...stationHome('nurse', 'nursing.write') },
              { path: paths.lab, ...stationHome('lab', 'lab.work') },
              { path: paths.radiology, ...stationHome('radiology', 'radiology.work') },
              { path: paths.pharmacy, ...stationHome('pharmacy', 'pharmacy.dispense') },
              {
                path: paths.portal,
                ...onDemand(async () => {
                  const { PortalHomePage } = await import('../../features/portal/PortalHomePage');
                  return <PortalHomePage />;
                }, 'portal.use'),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  // Before the first render: a reload brings the session back from the refresh cookie.
  void restoreSession();
  return createBrowserRouter(routes);
}
