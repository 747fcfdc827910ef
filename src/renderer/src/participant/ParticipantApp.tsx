import { useEffect, useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import type { Lang } from '@shared/domain/types';
import { MAX_DISPLAY_NAME, slideShowsVoteResults } from '@shared/domain/workshop';
import { SharedSlideView } from './SharedSlideView';
import { ShareError, enterCode } from './client';
import { browserLang, errorText, translate } from './texts';
import { CountdownView } from './CountdownView';
import { useParticipant } from './useParticipant';
import { VoteView } from './VoteView';
import type { T } from './text';


const LANG_KEY = 'channelwise-participant-lang';

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'nl') return saved;
  } catch {
    // No storage: follow the browser.
  }
  return browserLang(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/**
 * The short address (host and port, no token) asks for the workshop code
 * first; the QR code's link goes straight to the name.
 */
const atEntrance = !location.pathname.startsWith('/w/');

/** The page a participant opens from the QR code or the short address: name, then the shared slide, the vote and the timer. */
export function ParticipantApp() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t: T = (key, params) => translate(lang, key, params);
  const { joined, state, connection, error, join, changeDots } = useParticipant();
  const langId = useId();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'pageTitle');
  }, [lang]);

  const chooseLang = (next: Lang) => {
    setLang(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // The choice lasts for this visit only.
    }
  };

  return (
    <div className="pp">
      <header className="pp__bar">
        <span className="pp__brand">{t('pageTitle')}</span>
        <label htmlFor={langId} className="sr-only">
          {t('language')}
        </label>
        <select id={langId} className="pp__lang" value={lang} onChange={(e) => chooseLang(e.target.value === 'nl' ? 'nl' : 'en')}>
          <option value="en">English</option>
          <option value="nl">Nederlands</option>
        </select>
      </header>
      <main className="pp__main">
        {connection === 'ended' && <p className="pp__notice pp__notice--error" role="alert">{t('ended')}</p>}
        {connection === 'offline' && <p className="pp__notice" role="status">{t('offline')}</p>}
        {error && (
          <p className="pp__notice pp__notice--error" role="alert">
            {errorText(lang, error)}
          </p>
        )}
        {atEntrance ? <CodeForm t={t} lang={lang} /> : !joined && connection !== 'ended' && <JoinForm t={t} onJoin={join} />}
        {joined && state && (
          <>
            <p className="pp__hello">{t('hello', { name: state.participant.displayName })}</p>
            <CountdownView timer={state.timer} t={t} />
            {/* A revealed vote whose results are on the shared slide shows once: as the slide. */}
            {state.vote && !slideShowsVoteResults(state.slide, state.vote) && <VoteView vote={state.vote} t={t} onChange={changeDots} />}
            {state.slide ? <SharedSlideView slide={state.slide} t={t} /> : !state.vote && <p className="pp__muted">{t('waiting')}</p>}
          </>
        )}
      </main>
    </div>
  );
}

/** The workshop code from the screen; the right one opens the workshop's own page. */
function CodeForm({ t, lang }: { t: T; lang: Lang }) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    setBusy(true);
    setProblem(null);
    enterCode(code)
      .then(({ path }) => location.assign(path))
      .catch((err: unknown) => {
        setProblem(errorText(lang, err instanceof ShareError ? err.code : undefined));
        setBusy(false);
      });
  };
  return (
    <OneFieldForm
      texts={{ heading: t('joinHeading'), intro: t('codeIntro'), label: t('code'), submit: busy ? t('joining') : t('next') }}
      value={code}
      onChange={setCode}
      problem={problem}
      disabled={busy || code.trim() === ''}
      onSubmit={submit}
      inputProps={{ className: 'pp__input pp__input--code', autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false }}
    />
  );
}

function JoinForm({ t, onJoin }: { t: T; onJoin: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  // A name that is too long is said so, not cut without a word.
  const tooLong = name.trim().length > MAX_DISPLAY_NAME;
  const submit = () => {
    if (tooLong) return;
    setBusy(true);
    void onJoin(name).finally(() => setBusy(false));
  };
  return (
    <OneFieldForm
      texts={{ heading: t('joinHeading'), intro: t('joinIntro'), label: t('name'), submit: busy ? t('joining') : t('join') }}
      value={name}
      onChange={setName}
      problem={tooLong ? t('nameTooLong', { max: MAX_DISPLAY_NAME, count: name.trim().length }) : null}
      disabled={busy || name.trim() === '' || tooLong}
      onSubmit={submit}
      inputProps={{ className: 'pp__input', autoComplete: 'nickname' }}
    />
  );
}

interface OneFieldFormProps {
  texts: { heading: string; intro: string; label: string; submit: string };
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value, said under the field (and announced). */
  problem: string | null;
  disabled: boolean;
  onSubmit: () => void;
  inputProps: InputHTMLAttributes<HTMLInputElement>;
}

/** A card with one field and one button: the code, then the name. */
function OneFieldForm({ texts, value, onChange, problem, disabled, onSubmit, inputProps }: OneFieldFormProps) {
  const id = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="pp__card" onSubmit={submit}>
      <h1 className="pp__title">{texts.heading}</h1>
      <p className="pp__muted">{texts.intro}</p>
      <label htmlFor={id} className="pp__label">
        {texts.label}
      </label>
      <input
        {...inputProps}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        required
      />
      {problem && (
        <p id={errorId} className="pp__field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="pp__button pp__button--primary" disabled={disabled}>
        {texts.submit}
      </button>
    </form>
  );
}
