import { Anchor, Group } from '@mantine/core';
import { can, type Role } from '@modern-emr/domain';
import { Link } from 'react-router';
import { paths } from '../../app/routing/paths';
import { consultationPath } from '../doctor/doctor-paths';

/** Where this user can take the visit next: the consulting room, the bill, or nowhere. */
export function VisitLinks({ visitId, roles }: { visitId: string; roles: readonly Role[] }) {
  const links: { to: string; label: string }[] = [];
  if (can(roles, 'consultation.write')) links.push({ to: consultationPath(visitId), label: 'Consultation' });
  if (can(roles, 'billing.pay'))
    links.push({ to: paths.cashierVisit.replace(':id', encodeURIComponent(visitId)), label: 'Billing' });
  if (links.length === 0) return null;
  return (
    <Group gap="sm">
      {links.map((l) => (
        <Anchor key={l.to} component={Link} to={l.to} size="sm">
          {l.label}
        </Anchor>
      ))}
    </Group>
  );
}
