import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { RouterProvider } from './router';
import { AppProviders } from './session';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders>
      <ErrorBoundary>
        <RouterProvider>
          <App />
        </RouterProvider>
      </ErrorBoundary>
    </AppProviders>
  </StrictMode>,
);
