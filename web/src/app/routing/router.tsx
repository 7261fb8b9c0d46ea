import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '../../features/auth/LoginPage';
import { HomePage } from '../../features/home/HomePage';
import { NotFoundPage } from '../../features/not-found/NotFoundPage';
import { AppLayout } from '../layout/AppLayout';
import { paths } from './paths';
import { RouteErrorPage } from './RouteErrorPage';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Errors render inside the layout, so navigation stays usable.
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.home, element: <HomePage /> },
          { path: paths.login, element: <LoginPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
