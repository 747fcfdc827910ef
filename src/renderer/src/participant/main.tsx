import '../styles/tokens.css';
import '../styles/base.css';
import './participant.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ParticipantApp } from './ParticipantApp';

const root = document.getElementById('root');
if (!root) throw new Error('participant.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ParticipantApp />
  </StrictMode>,
);
