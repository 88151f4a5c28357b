import { Alert, Button, Code, Group, Stack } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Translate } from '@shared/i18n/translate';

type Props = { t: Translate; children: ReactNode };
type State = { error: Error | null; details: string; copied: boolean };

/** Catches bugs once, at the top (architecture.md, pattern 7), with details a user can copy. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, details: '', copied: false };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const details = [`${error.name}: ${error.message}`, error.stack ?? '', info.componentStack ?? '', `Waktu: ${new Date().toISOString()}`, `Agen: ${navigator.userAgent}`].join('\n');
    this.setState({ details });
  }

  private copy = async () => {
    await navigator.clipboard.writeText(this.state.details).catch(() => undefined);
    this.setState({ copied: true });
  };

  override render() {
    const { t, children } = this.props;
    if (!this.state.error) return children;
    return (
      <Stack p="xl" maw={800} role="alert">
        <Alert color="red" title={t('error.title')}>
          {t('error.body')}
        </Alert>
        <Code block aria-label="Rincian kesalahan" style={{ maxHeight: 240, overflow: 'auto' }}>
          {this.state.details || this.state.error.message}
        </Code>
        <Group>
          <Button onClick={this.copy}>{this.state.copied ? t('error.copied') : t('error.copy')}</Button>
          <Button variant="default" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </Button>
        </Group>
      </Stack>
    );
  }
}
