import { Checkbox } from '@mantine/core';
import { type Role, STAFF_ROLES } from '@modern-emr/domain';
import { ROLE_LABELS } from '../../app/routing/access';
import classes from './admin.module.css';

interface RoleCheckboxesProps {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
  label?: string;
  description?: string;
  required?: boolean;
}

/** Staff roles as a group of checkboxes: an account may hold several. */
export function RoleCheckboxes({
  value,
  onChange,
  error,
  label = 'Roles',
  description,
  required = true,
}: RoleCheckboxesProps) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value}
      onChange={(roles) => onChange(roles as Role[])}
      error={error}
      withAsterisk={required}
    >
      <div className={classes.roleGrid}>
        {STAFF_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABELS[role]} />
        ))}
      </div>
    </Checkbox.Group>
  );
}
