import { Burger, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogin2 } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../../features/auth/session';
import { paths } from '../routing/paths';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';
import { navigationFor } from './navigation';
import { OfflineBanner } from './OfflineBanner';
import { SideNavLink } from './SideNavLink';

const NAV_ID = 'main-navigation';

/**
 * Header, side navigation and main area. Mantine's AppShell is not used because it always writes
 * its sizes into a <style> element, which the production CSP blocks; this CSS-module grid gives
 * the same layout.
 */
export function AppLayout() {
  const session = useSession();
  const [navOpen, nav] = useDisclosure(false);
  const location = useLocation();

  // On small screens the drawer-style navigation closes once the user has picked a page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation on purpose
  useEffect(() => {
    nav.close();
  }, [location.pathname]);

  const sections = session ? navigationFor(session.user) : [];

  return (
    <div className={classes.shell}>
      <a className={classes.skipLink} href="#main">
        Skip to main content
      </a>
      <header className={classes.header}>
        <Burger
          className={classes.burger}
          opened={navOpen}
          onClick={nav.toggle}
          size="sm"
          aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpen}
          aria-controls={NAV_ID}
        />
        <AppHeader />
      </header>
      <nav id={NAV_ID} className={classes.nav} aria-label="Main" data-open={navOpen || undefined}>
        {/* A native scroll box: Mantine's ScrollArea brings all of floating-ui into the sign-in bundle. */}
        <div className={classes.navScroll}>
          <div className={classes.navList}>
            {sections.map((section) => (
              <div key={section.label} className={classes.navSection}>
                <Text component="h2" className={classes.navHeading}>
                  {section.label}
                </Text>
                {section.items.map((item) => (
                  <SideNavLink
                    key={item.to}
                    to={item.to}
                    label={item.label}
                    icon={item.icon}
                    end={item.end}
                  />
                ))}
              </div>
            ))}
            {!session && (
              <SideNavLink
                to={paths.login}
                label="Sign in"
                icon={<IconLogin2 size={18} stroke={1.75} aria-hidden="true" />}
              />
            )}
          </div>
        </div>
      </nav>
      <main id="main" className={classes.main} tabIndex={-1}>
        <OfflineBanner />
        <div className={classes.content}>
          <Outlet />
        </div>
      </main>
    </div>
  );
}
