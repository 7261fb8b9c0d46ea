import { Alert, Button, Group, Loader, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatMoney } from '@modern-emr/domain';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { AppModal } from '../../components/AppModal';
import { DialogFooter } from '../../components/DialogFooter';
import { errorMessage } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { addCharge } from './billing-api';
import classes from './cashier.module.css';
import { type CatalogEntry, searchCatalog } from './catalog-api';

const MAX_QUANTITY = 1000;

/** Adds a catalogue service to the visit; the server copies its price (or the HMO's tariff). */
export function AddChargeDialog({
  visitId,
  onClose,
  onAdded,
}: {
  visitId: string;
  onClose: () => void;
  onAdded: () => void;
}) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const search = useQuery({
    queryKey: queryKeys.catalogSearch(debounced),
    queryFn: ({ signal }) => searchCatalog(debounced, signal),
    select: (page) => page.items,
    enabled: debounced.length >= 2,
  });
  const results: CatalogEntry[] | null = debounced.length >= 2 ? (search.data ?? null) : null;
  const searchError = search.error
    ? errorMessage(search.error, 'The catalogue could not be searched.')
    : null;
  const [code, setCode] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const validQuantity = typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !code || !validQuantity) return;
    setBusy(true);
    setError(null);
    try {
      await addCharge(visitId, { serviceCode: code, quantity });
      onAdded();
      onClose();
    } catch (cause) {
      setError(errorMessage(cause, 'The charge could not be added.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title="Add a charge" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Search the service catalogue"
            description="Name or code, at least two characters."
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-autofocus
          />
          {searchError && (
            <Alert role="alert" color="red" variant="light">
              {searchError}
            </Alert>
          )}
          {debounced.length >= 2 && results === null && !searchError && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm" role="status">
                Searching…
              </Text>
            </Group>
          )}
          {results?.length === 0 && (
            <Text size="sm" role="status">
              No active service matches.
            </Text>
          )}
          {results && results.length > 0 && (
            <Radio.Group label="Service" required value={code} onChange={setCode}>
              <div className={classes.pickList}>
                {results.map((item) => (
                  <Radio
                    key={item.id}
                    value={item.code}
                    label={`${item.name} (${item.code})`}
                    description={`${formatMoney(item.price)} · ${item.department.toLowerCase()}`}
                  />
                ))}
              </div>
            </Radio.Group>
          )}
          <NumberInput
            label="Quantity"
            required
            min={1}
            max={MAX_QUANTITY}
            allowDecimal={false}
            allowNegative={false}
            value={quantity}
            onChange={setQuantity}
            error={validQuantity ? null : 'Enter a whole number of at least 1.'}
            w={140}
          />
          <DialogFooter error={error} onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={!code || !validQuantity}>
              Add charge
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </AppModal>
  );
}
