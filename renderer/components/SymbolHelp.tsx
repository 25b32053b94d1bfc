import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/plan/plan-schema';
import { toLang } from '../lib/format';

/** The names a formula can read, explained: built-ins, the scenario's parameters, every indicator's three names. */
export function SymbolHelp({ plan, parameters }: { plan: Plan; parameters: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const builtins = ['prev', 'base', 'year', 't', 'g'] as const;
  return (
    <details className="symbol-help">
      <summary>{t('formula.symbolsTitle')}</summary>
      <dl>
        {builtins.map((b) => (
          <div key={b} className="symbol-line">
            <dt><code>{b}</code></dt>
            <dd>{t(`formula.builtin.${b}`)}</dd>
          </div>
        ))}
        {parameters.map((p) => (
          <div key={p} className="symbol-line">
            <dt><code>{p}</code></dt>
            <dd>{t('formula.parameter')}</dd>
          </div>
        ))}
        {plan.indicators.map((ind) => (
          <div key={ind.id} className="symbol-line">
            <dt>
              <code>{ind.symbol}</code> · <code>{ind.symbol}_prev</code> · <code>{ind.symbol}_g</code>
            </dt>
            <dd>{t('formula.indicator', { name: lang === 'en' ? ind.name.en : ind.name.zh })}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('formula.example')}</p>
    </details>
  );
}
