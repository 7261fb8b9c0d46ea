import type { Permission } from '@modern-emr/domain';
import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AccountPage } from '../../features/account/AccountPage';
import { AdminHomePage } from '../../features/admin/AdminHomePage';
import { AuditLogPage } from '../../features/admin/AuditLogPage';
import { UsersPage } from '../../features/admin/UsersPage';
import { ChangePasswordPage } from '../../features/auth/ChangePasswordPage';
import { LoginPage } from '../../features/auth/LoginPage';
import { HomeRedirect, RequireAuth, RequirePermission } from '../../features/auth/RequireAuth';
import { restoreSession } from '../../features/auth/session';
import { CashierHomePage } from '../../features/cashier/CashierHomePage';
import { EndOfDayPage } from '../../features/cashier/EndOfDayPage';
import { VisitBillingPage } from '../../features/cashier/VisitBillingPage';
import { WalletPage } from '../../features/cashier/WalletPage';
import { ConsultationPage } from '../../features/doctor/ConsultationPage';
import { DoctorHomePage } from '../../features/doctor/DoctorHomePage';
import { NotFoundPage } from '../../features/not-found/NotFoundPage';
import { PatientPage } from '../../features/patients/PatientPage';
import { RegisterPatientPage } from '../../features/patients/RegisterPatientPage';
import { PortalHomePage } from '../../features/portal/PortalHomePage';
import { ReceptionHomePage } from '../../features/reception/ReceptionHomePage';
import { STATION_INFO, StationHomePage } from '../../features/stations/StationHomePage';
import { AppLayout } from '../layout/AppLayout';
import { paths } from './paths';
import { RouteErrorPage } from './RouteErrorPage';

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

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
            element: <RequireAuth />,
            children: [
              { path: paths.home, element: <HomeRedirect /> },
              { path: paths.changePassword, element: <ChangePasswordPage /> },
              { path: paths.account, element: <AccountPage /> },
              { path: paths.admin, element: guarded('users.manage', <AdminHomePage />) },
              { path: paths.adminUsers, element: guarded('users.manage', <UsersPage />) },
              { path: paths.adminAuditLog, element: guarded('audit.read', <AuditLogPage />) },
              { path: paths.reception, element: guarded('patients.register', <ReceptionHomePage />) },
              {
                path: paths.receptionNewPatient,
                element: guarded('patients.register', <RegisterPatientPage />),
              },
              { path: paths.patient, element: guarded('patients.read', <PatientPage />) },
              { path: paths.cashier, element: guarded('till.operate', <CashierHomePage />) },
              { path: paths.cashierVisit, element: guarded('billing.pay', <VisitBillingPage />) },
              { path: paths.cashierWallet, element: guarded('billing.pay', <WalletPage />) },
              { path: paths.cashierEndOfDay, element: guarded('till.operate', <EndOfDayPage />) },
              { path: paths.doctor, element: guarded('consultation.write', <DoctorHomePage />) },
              { path: paths.doctorVisit, element: guarded('consultation.write', <ConsultationPage />) },
              {
                path: paths.nurse,
                element: guarded('nursing.write', <StationHomePage info={STATION_INFO.nurse} />),
              },
              { path: paths.lab, element: guarded('lab.work', <StationHomePage info={STATION_INFO.lab} />) },
              {
                path: paths.radiology,
                element: guarded('radiology.work', <StationHomePage info={STATION_INFO.radiology} />),
              },
              {
                path: paths.pharmacy,
                element: guarded('pharmacy.dispense', <StationHomePage info={STATION_INFO.pharmacy} />),
              },
              { path: paths.portal, element: guarded('portal.use', <PortalHomePage />) },
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
