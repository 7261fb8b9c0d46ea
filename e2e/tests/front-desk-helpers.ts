import { apiSignIn, call, DEMO_PASSWORD } from './identity-helpers';

let serial = 0;

/** Letters only (names refuse digits), unique within a run, so a search finds exactly this patient. */
function uniqueSurname(): string {
  serial += 1;
  const letters = `${process.pid}${serial}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
  return `Okafor${letters}`;
}

export interface CreatedPatient {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  phone: string;
}

async function receptionToken(baseUrl: string): Promise<string> {
  return apiSignIn(baseUrl, { username: 'reception', password: DEMO_PASSWORD });
}

/** A patient registered by the front desk through the API, with a name no other test uses. */
export async function createPatient(baseUrl: string): Promise<CreatedPatient> {
  const token = await receptionToken(baseUrl);
  const lastName = uniqueSurname();
  const body = {
    firstName: 'Chidi',
    lastName,
    sex: 'MALE',
    dateOfBirth: '1985-06-15',
    // An MTN-style mobile number (0803…), unique within the run like the name.
    phone: `+234803${String((process.pid * 1000 + serial) % 10_000_000).padStart(7, '0')}`,
  };
  const { status, json } = await call<{ id: string; mrn: string }>(baseUrl, '/api/v1/patients', {
    body,
    token,
  });
  if (status !== 201) throw new Error(`registering a patient failed: ${status} ${JSON.stringify(json)}`);
  return {
    id: json.id,
    mrn: json.mrn,
    firstName: body.firstName,
    lastName: body.lastName,
    phone: body.phone,
  };
}

/** Opens a cash visit (with the clinic's auto-billed fees, so unpaid) or an emergency one (gate bypassed). */
export async function openVisit(
  baseUrl: string,
  patientId: string,
  kind: 'cash' | 'emergency',
): Promise<{ id: string; number: string }> {
  const token = await receptionToken(baseUrl);
  const body =
    kind === 'emergency'
      ? {
          patientId,
          type: 'EMERGENCY',
          payer: 'CASH',
          emergency: true,
          emergencyReason: 'Collapsed at the gate',
        }
      : { patientId, type: 'OUTPATIENT', payer: 'CASH', chiefComplaint: 'Fever for three days' };
  const { status, json } = await call<{ id: string; number: string }>(baseUrl, '/api/v1/visits', {
    body,
    token,
  });
  if (status !== 201) throw new Error(`opening a visit failed: ${status} ${JSON.stringify(json)}`);
  return { id: json.id, number: json.number };
}
