import { useTranslation } from 'react-i18next';
import { MAX_PATHS } from '../../../shared/stress';
import { formatRate, toLang } from '../../lib/format';
import { formatCount } from '../../lib/stress-cards';
import type { RunPhase } from '../../state/use-stress-run';
import { NumberField } from '../NumberField';

/** Largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** A fresh random seed from the browser's crypto source (0..2^32 − 1). */
export function newSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] ?? 0;
}

/** Props of the run bar. */
export interface RunControlsProps {
  paths: number;
  seed: number;
  phase: RunPhase;
  done: number;
  total: number;
  /** Why a run cannot start now (invalid spec or scenario), or null. */
  blocked: string | null;
  onPaths: (paths: number) => void;
  onSeed: (seed: number) => void;
  onRun: () => void;
  onCancel: () => void;
}

/**
 * Path count (1…1,000,000) and seed (fixed by default, "new seed" draws one), Run and Cancel, and while running a
 * progress bar with the paths done; afterwards a line saying the run finished or was cancelled.
 */
export function RunControls(p: RunControlsProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const running = p.phase === 'running';
  const share = p.total > 0 ? p.done / p.total : 0;
  return (
    <div className="run-controls" data-testid="run-controls" data-phase={p.phase}>
      <div className="run-fields">
        <NumberField
          label={t('stress.run.paths')}
          value={p.paths}
          integer
          min={{ value: 1, inclusive: true }}
          max={{ value: MAX_PATHS, inclusive: true }}
          disabled={running}
          testId="stress-paths"
          onCommit={(v) => v !== undefined && p.onPaths(v)}
        />
        <NumberField
          label={t('stress.run.seed')}
          value={p.seed}
          integer
          min={{ value: 0, inclusive: true }}
          max={{ value: MAX_SEED, inclusive: true }}
          disabled={running}
          className="seed-field"
          testId="stress-seed"
          onCommit={(v) => v !== undefined && p.onSeed(v)}
        />
        <button type="button" className="small-button" onClick={() => p.onSeed(newSeed())} disabled={running} data-testid="new-seed">
          {t('stress.run.newSeed')}
        </button>
        <button type="button" className="primary-button" onClick={p.onRun} disabled={running || p.blocked !== null} data-testid="stress-run">
          {t('stress.run.run')}
        </button>
        <button type="button" className="small-button danger" onClick={p.onCancel} disabled={!running} data-testid="stress-cancel">
          {t('stress.run.cancel')}
        </button>
      </div>
      <p className="hint">{t('stress.run.hint', { max: formatCount(MAX_PATHS, lang) })}</p>
      {p.blocked ? <p className="hint warn-text">{p.blocked}</p> : null}
      {running ? (
        <div className="run-progress" data-testid="stress-progress">
          <progress max={p.total || 1} value={p.done} aria-label={t('stress.run.progressLabel')} />
          <span role="status">
            {t('stress.run.progress', { done: formatCount(p.done, lang), total: formatCount(p.total, lang), pct: formatRate(share, lang, 0) })}
          </span>
        </div>
      ) : null}
      {p.phase === 'cancelled' ? (
        <p className="run-state cancelled" role="status" data-testid="stress-cancelled">{t('stress.run.cancelled')}</p>
      ) : null}
    </div>
  );
}
