import { z } from 'zod';

export const visitIdParamsSchema = z.object({ id: z.uuid() });
