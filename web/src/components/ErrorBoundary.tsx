import { Button, Result } from 'antd';
import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { I18nContext } from '../i18n';

interface State {
  error?: Error;
}

/** A page that throws while rendering shows what happened and a way out, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    // Navigating elsewhere gives the next page a fresh start.
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: undefined });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t } = this.context;
    return (
      <Result
        status="error"
        title={t('renderError')}
        subTitle={error.message}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('reload')}
          </Button>
        }
      />
    );
  }
}
