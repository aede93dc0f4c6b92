import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The panel's name, for the log. */
  readonly name: string;
  /** The message shown in place of the panel (already translated). */
  readonly message: (error: Error) => string;
  /** The retry button's label (already translated). */
  readonly retryLabel: string;
  /** When this value changes, a failed panel tries again (e.g. on another step). */
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly key: unknown;
}

/** Keeps one panel's failure inside that panel: the rest of the lesson stays usable. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.key) return { key: props.resetKey, error: null };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.name}]`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="panel-error" role="alert" data-panel={this.props.name}>
        <p>{this.props.message(error)}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
