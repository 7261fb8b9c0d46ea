import { useEffect } from 'react';

export const PRODUCT_NAME = 'Modern EMR';

/** Every page names itself so screen-reader users and tab lists can tell pages apart (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${PRODUCT_NAME}`;
  }, [title]);
}
