import type { Me, SessionResponse } from '@modern-emr/domain';
import { apiRequest } from '../../lib/api';

export interface LoginRequest {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

/** The refresh token comes back only as an httpOnly cookie (`useCookie`), never in the body. */
export function login(request: LoginRequest): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/api/v1/auth/login', {
    method: 'POST',
    body: { ...request, useCookie: true },
    auth: false,
  });
}

/** Body-less: the browser sends the refresh cookie, the header echoes the CSRF cookie. */
export function refresh(csrfToken: string): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'x-csrf-token': csrfToken },
    auth: false,
  });
}

export function fetchMe(): Promise<Me> {
  return apiRequest<Me>('/api/v1/auth/me');
}

export function changePassword(body: {
  currentPassword: string;
  newPassword: string;
}): Promise<SessionResponse> {
  return apiRequest<SessionResponse>('/api/v1/auth/password', { method: 'POST', body });
}

export interface MfaSetup {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

export function setupMfa(): Promise<MfaSetup> {
  return apiRequest<MfaSetup>('/api/v1/auth/mfa/setup', { method: 'POST' });
}

export function verifyMfa(code: string): Promise<{ recoveryCodes: string[] }> {
  return apiRequest('/api/v1/auth/mfa/verify', { method: 'POST', body: { code } });
}

export function disableMfa(body: { password: string; code: string }): Promise<void> {
  return apiRequest('/api/v1/auth/mfa/disable', { method: 'POST', body });
}
