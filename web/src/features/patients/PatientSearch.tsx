import { Alert, Loader, Stack, Text, TextInput } from '@mantine/core';
import type { PatientSummary } from '@modern-emr/domain';
import { IconAlertCircle, IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import classes from './PatientSearch.module.css';
import { fullName, sexAndAge } from './patient-format';
import { patientPath } from './patient-paths';
import { MIN_SEARCH_LENGTH, type PatientSearchState, usePatientSearch } from './use-patient-search';

function statusText(state: PatientSearchState, typed: string): string {
  switch (state.status) {
    case 'idle':
      return typed.trim().length > 0 && typed.trim().length < MIN_SEARCH_LENGTH
        ? `Type at least ${MIN_SEARCH_LENGTH} characters.`
        : '';
    case 'searching':
      return 'Searching…';
    case 'failed':
      return '';
    case 'done': {
      const { total, items, totalCapped } = state.result;
      if (total === 0) return `No patient matches “${state.query}”.`;
      if (totalCapped)
        return `More than ${total} patients match; showing ${items.length}. Type more to narrow.`;
      if (total > items.length)
        return `${total} patients match; showing ${items.length}. Type more to narrow.`;
      return `${total} ${total === 1 ? 'patient matches' : 'patients match'}.`;
    }
  }
}

function PatientResult({ patient }: { patient: PatientSummary }) {
  return (
    <Link to={patientPath(patient.id)} className={classes.result} data-result>
      <span className={classes.mrn}>{patient.mrn}</span>
      <span className={classes.name}>{fullName(patient)}</span>
      <span className={classes.meta}>{[sexAndAge(patient), patient.phone].filter(Boolean).join(' · ')}</span>
    </Link>
  );
}

/**
 * Search-as-you-type by name fragment, MRN, phone or national ID. Arrow keys move from the box
 * through the results and back; Enter opens the highlighted patient; Escape clears the box.
 */
export function PatientSearch() {
  const [text, setText] = useState('');
  const state = usePatientSearch(text);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const results = (): HTMLElement[] =>
    Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-result]') ?? []);

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      const first = results()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      const first = results()[0];
      if (first) {
        event.preventDefault();
        first.click();
      }
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = results();
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      items[Math.min(index + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) inputRef.current?.focus();
      else items[index - 1]?.focus();
    } else if (event.key === 'Escape') {
      inputRef.current?.focus();
    }
  };

  const items = state.status === 'done' ? state.result.items : [];
  const status = statusText(state, text);

  return (
    <Stack gap="sm">
      <TextInput
        ref={inputRef}
        label="Find a patient"
        description="Name, MRN, phone number or national ID. Press ↓ to move into the results."
        placeholder="e.g. Adebayo, MRN-000123 or 0803 123 4567"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={state.status === 'searching' ? <Loader size="xs" aria-hidden="true" /> : null}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onInputKey}
        type="search"
        autoComplete="off"
        spellCheck={false}
      />
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {status}
      </Text>
      {state.status === 'failed' && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {state.message}
        </Alert>
      )}
      {items.length > 0 && (
        <ul ref={listRef} className={classes.results} aria-label="Matching patients" onKeyDown={onListKey}>
          {items.map((patient) => (
            <li key={patient.id}>
              <PatientResult patient={patient} />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
