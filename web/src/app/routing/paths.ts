/** Every client-side route. Each new page must also be added to the e2e page list (e2e/tests/pages.ts). */
export const paths = {
  home: '/',
  login: '/login',
} as const;
