import { describe, expect, it } from 'vitest';
import { isMaliciousTarget } from './path-guard';

describe('isMaliciousTarget', () => {
  it.each([
    '/api/v1/../etc/passwd',
    '/api/v1/..%2f..%2fetc/passwd',
    '/api/v1/%2e%2e%2fsecret',
    '/api/v1/%252e%252e%252fsecret',
    '/assets/..\\..\\windows',
    '/assets/..%5c..%5cwindows',
    '/api/v1/patients?file=../../etc/passwd',
    '/api/v1/patients?q=a%00b',
    '/api/v1/patients/..',
    '/api/v1/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(isMaliciousTarget(url)).toBe(true);
  });

  it.each([
    '/',
    '/api/v1/patients?q=Ad%C3%A9',
    '/assets/index-abc123.js',
    '/api/v1/patients?q=a.b..c',
    '/file..name',
    '/api/v1/service-catalog?q=50%25',
    '/api/v1/service-catalog?q=100%25%20cover',
  ])('lets %s through', (url) => {
    expect(isMaliciousTarget(url)).toBe(false);
  });
});
