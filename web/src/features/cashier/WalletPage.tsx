import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { WalletEntry, WalletView } from '@modern-emr/domain';
import { IconCoin } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { MoneyText } from '../../components/MoneyText';
import { type Column, PaginatedTable } from '../../components/PaginatedTable';
import { usePagedList } from '../../components/use-paged-list';
import { errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query-keys';
import { usePageTitle } from '../../lib/use-page-title';
import { fullName } from '../patients/patient-format';
import { usePatientQuery } from '../patients/use-patient';
import { DepositDialog } from './DepositDialog';
import { METHOD_LABELS } from './labels';
import { PrintDocumentButton } from './PrintDocumentButton';
import { depositReceiptPath } from './pdf-documents';
import { getWallet } from './wallet-api';

const PAGE_SIZE = 20;

const KIND_LABELS: Record<WalletEntry['kind'], string> = {
  DEPOSIT: 'Deposit',
  OVERPAYMENT: 'Overpayment credited',
  VISIT_PAYMENT: 'Paid towards a visit',
  REFUND: 'Refund',
};

const COLUMNS: readonly Column<WalletEntry>[] = [
  { key: 'when', header: 'When', cell: (e) => <Text size="sm">{formatDateTime(e.createdAt)}</Text> },
  {
    key: 'what',
    header: 'Entry',
    cell: (e) => (
      <>
        <Text size="sm">{KIND_LABELS[e.kind]}</Text>
        <Text size="xs" c="dimmed">
          {[e.method ? METHOD_LABELS[e.method] : null, e.receiptNumber, e.reference]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </>
    ),
  },
  { key: 'amount', header: 'Amount', cell: (e) => <MoneyText minor={e.amount} size="sm" /> },
  { key: 'balance', header: 'Balance after', cell: (e) => <MoneyText minor={e.balanceAfter} size="sm" /> },
  {
    key: 'receipt',
    header: 'Receipt',
    hideHeader: true,
    cell: (e) =>
      e.kind === 'DEPOSIT' && e.receiptNumber ? (
        <PrintDocumentButton
          size="xs"
          path={depositReceiptPath(e.id, 'a4')}
          label="Receipt"
          aria-label={`Print receipt ${e.receiptNumber}`}
        />
      ) : null,
  },
];

/** A patient's prepaid balance: deposits in, visit payments out; it never goes below zero. */
export function WalletPage() {
  usePageTitle('Wallet');
  const { id = '' } = useParams();
  const patientQuery = usePatientQuery(id);
  const patient = patientQuery.data ?? null;
  const patientError = patientQuery.error
    ? errorMessage(patientQuery.error, 'The patient could not be loaded.')
    : null;
  const [depositing, setDepositing] = useState(false);

  const ledger = usePagedList<WalletEntry, WalletView>({
    queryKey: (page) => queryKeys.wallet(id, page, PAGE_SIZE),
    fetchPage: (page, signal) => getWallet(id, page, PAGE_SIZE, signal),
    pageOf: (wallet) => wallet.transactions,
    failureText: 'The wallet could not be loaded.',
  });
  const balance = ledger.answer?.balance ?? null;

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Wallet</Title>
          {patient && (
            <Text c="dimmed" mt={4}>
              {fullName(patient)} · {patient.mrn}
            </Text>
          )}
        </div>
        <Button leftSection={<IconCoin size={18} aria-hidden="true" />} onClick={() => setDepositing(true)}>
          Deposit
        </Button>
      </Group>
      {patientError && (
        <Alert role="alert" color="red" variant="light">
          {patientError}
        </Alert>
      )}
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="balance-heading">
        <Title order={2} size="h4" id="balance-heading">
          Balance
        </Title>
        {balance === null ? (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ) : (
          <MoneyText minor={balance} block size="xl" fw={700} mt="xs" />
        )}
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="ledger-heading">
        <Title order={2} size="h4" id="ledger-heading" mb="md">
          Ledger
        </Title>
        <PaginatedTable
          label="Wallet ledger"
          columns={COLUMNS}
          data={ledger.data}
          page={ledger.page}
          pageSize={PAGE_SIZE}
          onPageChange={ledger.setPage}
          rowKey={(e) => e.id}
          empty="No entries yet."
          loadingText="Loading the ledger…"
          error={ledger.error}
          onRetry={() => void ledger.reload()}
          refreshing={ledger.refreshing}
        />
      </Paper>
      {depositing && <DepositDialog patientId={id} onClose={() => setDepositing(false)} />}
    </Stack>
  );
}
