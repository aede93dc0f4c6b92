import type { ReactNode } from 'react';
import { useLesson } from '../store';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './useT';

/** A region of the app behind its own error boundary, reset when the step changes. */
export function Panel({ name, children }: { readonly name: string; readonly children: ReactNode }) {
  const tr = useT();
  const stepIndex = useLesson((s) => s.stepIndex);
  return (
    <ErrorBoundary
      name={name}
      message={(e) => tr('error.generic', { message: e.message })}
      retryLabel={tr('error.reload')}
      resetKey={stepIndex}
    >
      {children}
    </ErrorBoundary>
  );
}
