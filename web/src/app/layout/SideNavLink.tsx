import type { ReactNode } from 'react';
import { NavLink as RouterNavLink } from 'react-router';
import classes from './SideNavLink.module.css';

interface SideNavLinkProps {
  to: string;
  label: string;
  icon: ReactNode;
  /** Match only the exact path (for the dashboard at "/"). */
  end?: boolean;
}

/**
 * A navigation entry that follows the router: highlighted, and aria-current="page", on its page.
 * It looks like Mantine's NavLink, drawn with a CSS module instead: Mantine's NavLink brings its
 * Collapse and chevron (nested entries, which this navigation never has) into the sign-in page's
 * JavaScript (spec: WEB-BUNDLE-1).
 */
export function SideNavLink({ to, label, icon, end = false }: SideNavLinkProps) {
  return (
    // mantine-focus-auto: the theme's focus ring for keyboard users, as on Mantine's own controls.
    <RouterNavLink to={to} end={end} className={`mantine-focus-auto ${classes.link}`}>
      <span className={classes.icon}>{icon}</span>
      <span className={classes.label}>{label}</span>
    </RouterNavLink>
  );
}
