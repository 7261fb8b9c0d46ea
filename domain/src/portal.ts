import { z } from 'zod';

/** What the patient portal shows of the patient's own record. */
export const portalProfileSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  /** YYYY-MM-DD. */
  dateOfBirth: z.string().nullable(),
});
export type PortalProfile = z.infer<typeof portalProfileSchema>;

/** A self-registration waiting for the front desk to match it to the person. */
export const pendingRegistrationSchema = portalProfileSchema.extend({
  username: z.string(),
  /** ISO 8601. */
  registeredAt: z.string(),
});
export type PendingRegistration = z.infer<typeof pendingRegistrationSchema>;
