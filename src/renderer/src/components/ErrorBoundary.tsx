import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Changing it (e.g. the route) clears a shown error. */
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
  key: string;
}

/** A crash in one screen shows a message there; navigation and the rest of the app keep working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen crashed:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error)
      return (
        <div className="panel error-panel" role="alert" data-testid="error-boundary">
          <h2>This screen ran into a problem</h2>
          <p>{this.state.error.message}</p>
          <p className="muted">Your data is safe. Try another section, or reload the window.</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    return this.props.children;
  }
}
