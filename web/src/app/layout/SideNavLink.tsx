import { NavLink } from '@mantine/core';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink, useMatch } from 'react-router';

interface SideNavLinkProps {
  to: string;
  label: string;
  icon: ReactNode;
  /** Match only the exact path (for the dashboard at "/"). */
  end?: boolean;
}

/** A Mantine NavLink that follows the router: highlighted, and aria-current="page", on its page. */
export function SideNavLink({ to, label, icon, end = false }: SideNavLinkProps) {
  const match = useMatch({ path: to, end });
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      end={end}
      label={label}
      leftSection={icon}
      active={match !== null}
    />
  );
}
