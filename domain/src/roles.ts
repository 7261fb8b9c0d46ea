import { z } from 'zod';
import { ROLES } from './role-names';

export { ROLES, type Role, STAFF_ROLES } from './role-names';

export const roleSchema = z.enum(ROLES);
