import { can, type Permission } from '@modern-emr/domain';
import {
  IconBuildingHospital,
  IconCash,
  IconFlask,
  IconHeartbeat,
  IconHeartRateMonitor,
  IconKey,
  IconListSearch,
  IconPill,
  IconRadioactive,
  IconReportMoney,
  IconSettings,
  IconStethoscope,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SessionUser } from '../../features/auth/session';
import { STATIONS } from '../routing/access';
import { paths } from '../routing/paths';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  end?: boolean;
}

export interface NavSection {
  label: string;
  items: NavItem[];
}

const icon = (Icon: typeof IconUsers) => <Icon size={18} stroke={1.75} aria-hidden="true" />;

const STATION_ICONS: Record<string, ReactNode> = {
  [paths.admin]: icon(IconSettings),
  [paths.reception]: icon(IconBuildingHospital),
  [paths.cashier]: icon(IconCash),
  [paths.doctor]: icon(IconStethoscope),
  [paths.nurse]: icon(IconHeartRateMonitor),
  [paths.lab]: icon(IconFlask),
  [paths.radiology]: icon(IconRadioactive),
  [paths.pharmacy]: icon(IconPill),
  [paths.portal]: icon(IconHeartbeat),
};

/** Pages inside a station that get their own entry after the stations. */
const WORK_ITEMS: readonly (NavItem & { permission: Permission })[] = [
  { to: paths.cashierEndOfDay, label: 'End of day', icon: icon(IconReportMoney), permission: 'till.operate' },
];

const ADMIN_ITEMS: readonly (NavItem & { permission: Permission })[] = [
  { to: paths.adminUsers, label: 'Users', icon: icon(IconUsers), permission: 'users.manage' },
  { to: paths.adminAuditLog, label: 'Audit log', icon: icon(IconListSearch), permission: 'audit.read' },
];

/**
 * What the signed-in user may open, from the domain permission table (the server refuses the
 * rest). An account held at a forced step sees only that step.
 */
export function navigationFor(user: SessionUser): NavSection[] {
  if (user.mustChangePassword) {
    return [
      {
        label: 'Account',
        items: [{ to: paths.changePassword, label: 'Change password', icon: icon(IconKey) }],
      },
    ];
  }
  const account: NavSection = {
    label: 'Account',
    items: [{ to: paths.account, label: 'My account', icon: icon(IconUserCircle) }],
  };
  if (user.mfaEnrolmentRequired) return [account];

  const sections: NavSection[] = [];
  const stations = STATIONS.filter((s) => can(user.roles, s.permission)).map((s) => ({
    to: s.path,
    label: s.label,
    icon: STATION_ICONS[s.path],
    end: true,
  }));
  if (stations.length > 0) {
    const portalOnly = stations.every((s) => s.to === paths.portal);
    const extras = WORK_ITEMS.filter((item) => can(user.roles, item.permission));
    sections.push({ label: portalOnly ? 'Portal' : 'Work', items: [...stations, ...extras] });
  }
  const admin = ADMIN_ITEMS.filter((item) => can(user.roles, item.permission));
  if (admin.length > 0) sections.push({ label: 'Administration', items: admin });
  sections.push(account);
  return sections;
}
