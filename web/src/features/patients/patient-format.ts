import type { Sex } from '@modern-emr/domain';

export const SEX_LABELS: Record<Sex, string> = { MALE: 'Male', FEMALE: 'Female', OTHER: 'Other' };

export function fullName(p: { firstName: string; middleName?: string | null; lastName: string }): string {
  return [p.firstName, p.middleName, p.lastName].filter(Boolean).join(' ');
}

/**
 * "34 y", "7 mo", "12 d" from a YYYY-MM-DD birth date on `today`'s calendar; "about 40 y" when the
 * date was derived from an estimated age. Whole completed units, as a clinician counts age.
 */
export function ageText(dateOfBirth: string | null, estimated: boolean, today = new Date()): string | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  let months = (today.getFullYear() - y) * 12 + (today.getMonth() + 1 - m);
  if (today.getDate() < d) months -= 1;
  if (months < 0) return null;
  let text: string;
  if (months >= 24) text = `${Math.floor(months / 12)} y`;
  else if (months >= 1) text = `${months} mo`;
  else {
    const born = new Date(y, m - 1, d);
    text = `${Math.max(0, Math.floor((today.getTime() - born.getTime()) / 86_400_000))} d`;
  }
  return estimated ? `about ${text}` : text;
}

/** "Female · 34 y": what the desk checks at a glance. */
export function sexAndAge(p: { sex: Sex | null; dateOfBirth: string | null; dateOfBirthEstimated: boolean }) {
  return [p.sex ? SEX_LABELS[p.sex] : null, ageText(p.dateOfBirth, p.dateOfBirthEstimated)]
    .filter(Boolean)
    .join(' · ');
}
