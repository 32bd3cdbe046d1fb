import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './global.css';
import './i18n';
import { App } from './App';
import { ApiProblem, whenSignedOut } from './api/client';
import { markSignedIn } from './api/session';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Live events mark data stale; no need to poll or refetch on every focus.
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

whenSignedOut(() => {
  markSignedIn(false);
  queryClient.setQueryData(['me'], null);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
