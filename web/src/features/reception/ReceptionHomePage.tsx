import { can } from '@modern-emr/domain';
import { useSession } from '../auth/session';
import { STATION_INFO, StationHomePage } from '../stations/StationHomePage';
import { PendingSignups } from './PendingSignups';

export function ReceptionHomePage() {
  const session = useSession();
  return (
    <StationHomePage info={STATION_INFO.reception}>
      {session && can(session.user.roles, 'patients.verifyPortal') && <PendingSignups />}
    </StationHomePage>
  );
}
