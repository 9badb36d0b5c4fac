import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n/I18nProvider';
import { App } from './shell/App';
import { registerServiceWorker } from './sync/offline';
import './styles/base.css';
import './styles/start.css';
import './styles/board.css';
import './styles/timeline.css';
import './styles/panel.css';
import './styles/deps.css';
import './styles/toolbar.css';
import './styles/resources.css';
import './styles/workshop.css';
import './styles/kickoff.css';
import './styles/status.css';
import './styles/kickoff-raci.css';
import './styles/kickoff-measures.css';
import './styles/kickoff-print.css';
import './styles/history.css';
import './styles/comments.css';
import './styles/baseline.css';
import './styles/export.css';
import './styles/presentation.css';
import './styles/legend.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
registerServiceWorker();
