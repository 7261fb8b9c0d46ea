import { z } from 'zod';
import { pageQuerySchema } from './pagination';

/** `GET /staff/doctors?q=&page=&pageSize=`: `q` matches any part of the doctor's name. */
export const staffDirectoryQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
});
export type StaffDirectoryQuery = z.infer<typeof staffDirectoryQuerySchema>;

/** What the desks may know of a colleague to pick them: no username, roles or account state. */
export const staffMemberSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
