import { paths } from '../../app/routing/paths';

export const consultationPath = (visitId: string) =>
  paths.doctorVisit.replace(':id', encodeURIComponent(visitId));
