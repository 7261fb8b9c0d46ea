import { api } from '../../lib/api';
import type { Session } from './session';

export interface LoginRequest {
  username: string;
  password: string;
}

export function login(request: LoginRequest): Promise<Session> {
  return api.post<Session>('/api/v1/auth/login', request);
}
