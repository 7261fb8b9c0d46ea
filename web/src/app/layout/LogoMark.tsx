import { PRIMARY_HEX } from '../theme/palette';

/** The product mark: a medical cross on a rounded tile (same drawing as public/favicon.svg). */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill={PRIMARY_HEX} />
      <rect x="26" y="14" width="12" height="36" rx="3" fill="#fff" />
      <rect x="14" y="26" width="36" height="12" rx="3" fill="#fff" />
    </svg>
  );
}
