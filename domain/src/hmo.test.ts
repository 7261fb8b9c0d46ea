import { describe, expect, it } from 'vitest';
import { hmoProviderInputSchema, hmoProviderPatchSchema, tariffPatchSchema } from './hmo';

describe('HMO provider input', () => {
  it('upper-cases the code so one provider cannot exist twice by case', () => {
    const parsed = hmoProviderInputSchema.parse({ name: 'Hygeia HMO', code: ' hyg-01 ' });
    expect(parsed.code).toBe('HYG-01');
  });

  it('stores empty contact fields as none and checks the ones given', () => {
    const parsed = hmoProviderInputSchema.parse({ name: 'Axa Mansard', code: 'AXA', email: '', phone: '' });
    expect(parsed.email).toBeNull();
    expect(parsed.phone).toBeNull();
    expect(hmoProviderInputSchema.safeParse({ name: 'Axa', code: 'AXA', email: 'not-mail' }).success).toBe(
      false,
    );
    expect(hmoProviderInputSchema.safeParse({ name: 'Axa', code: 'A' }).success).toBe(false);
    expect(hmoProviderInputSchema.safeParse({ name: 'Axa', code: 'AXA', colour: 'red' }).success).toBe(false);
  });

  it('lets a patch clear a contact field with null but not leave unknown fields', () => {
    expect(hmoProviderPatchSchema.parse({ phone: null })).toEqual({ phone: null });
    expect(hmoProviderPatchSchema.safeParse({ deleted: true }).success).toBe(false);
  });
});

describe('tariff patch', () => {
  it('needs a price or an active flag', () => {
    expect(tariffPatchSchema.safeParse({}).success).toBe(false);
    expect(tariffPatchSchema.safeParse({ active: false }).success).toBe(true);
    expect(tariffPatchSchema.safeParse({ price: -1 }).success).toBe(false);
  });
});
