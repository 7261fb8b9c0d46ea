import { Button, Group, Text, UnstyledButton } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { signOut, useSession } from '../../features/auth/session';
import { PRODUCT_NAME } from '../../lib/use-page-title';
import { homeFor } from '../routing/access';
import { paths } from '../routing/paths';
import classes from './AppHeader.module.css';
import { LogoMark } from './LogoMark';
import { ServerStatus } from './ServerStatus';

export function AppHeader() {
  const session = useSession();
  const navigate = useNavigate();

  const handleSignOut = async () => {
    await signOut();
    navigate(paths.login, { replace: true });
  };

  return (
    <Group className={classes.bar} justify="space-between" wrap="nowrap">
      <UnstyledButton
        component={Link}
        to={session ? homeFor(session.user.roles) : paths.login}
        className={classes.brand}
        aria-label={`${PRODUCT_NAME} home`}
      >
        <LogoMark size={30} />
        <Text component="span" className={classes.productName}>
          {PRODUCT_NAME}
        </Text>
      </UnstyledButton>
      <Group gap="lg" wrap="nowrap">
        <ServerStatus />
        {session && (
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" fw={500} className={classes.userName}>
              {session.user.fullName}
            </Text>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconLogout size={16} aria-hidden="true" />}
              onClick={handleSignOut}
            >
              Sign out
            </Button>
          </Group>
        )}
      </Group>
    </Group>
  );
}
