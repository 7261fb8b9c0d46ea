import { paths } from '../../app/routing/paths';

export const patientPath = (patientId: string) => paths.patient.replace(':id', encodeURIComponent(patientId));
