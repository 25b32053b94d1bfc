import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Shock } from '../../shared/scenario/scenario-schema';
import { formatRate, toLang } from '../lib/format';
import { SHOCK_TEMPLATES, shockFromTemplate, twoSigmaGrowth, type ShockTemplateId } from '../lib/shock-templates';
import { ShockRow } from './ShockRow';

/** Props of the shocks editor for one indicator. */
export interface ShocksEditorProps {
  plan: Plan;
  indicatorId: string;
  shocks: readonly Shock[];
  /** Projected years (a shock may start in any); the first is where templates start. */
  years: readonly number[];
  /** First year without an actual: where a new shock starts. */
  firstOpenYear: number;
  onAdd: (shock: Shock) => void;
  onChange: (index: number, shock: Shock) => void;
  onRemove: (index: number) => void;
}

/** The indicator's shocks: add from a template (减税降费, 疫情, a two-standard-deviation growth shock), then edit freely. */
export function ShocksEditor(props: ShocksEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const sigma = twoSigmaGrowth(props.plan, props.indicatorId);
  const sigmaText =
    sigma.source === 'history'
      ? t('shock.sigmaHistory', { size: formatRate(sigma.size, lang), n: sigma.samples })
      : t('shock.sigmaDefault', { size: formatRate(sigma.size, lang) });
  const add = (template: ShockTemplateId) => {
    const label = template === 'two-sigma' ? t('shock.templates.two-sigma-label', { size: formatRate(sigma.size, lang) }) : t(`shock.templates.${template}`);
    props.onAdd(shockFromTemplate(template, props.firstOpenYear, label, sigma));
  };
  return (
    <div className="shocks-editor">
      <div className="button-row" role="group" aria-label={t('shock.addGroup')}>
        {SHOCK_TEMPLATES.map((tpl) => (
          <button key={tpl} type="button" className="small-button" data-template={tpl} onClick={() => add(tpl)}>
            + {t(`shock.templates.${tpl}`)}
          </button>
        ))}
      </div>
      <p className="hint">{sigmaText}</p>
      {props.shocks.length === 0 ? (
        <p className="empty-line">{t('shock.none')}</p>
      ) : (
        <ol className="shock-list">
          {props.shocks.map((s, i) => (
            <ShockRow
              key={i}
              shock={s}
              index={i}
              years={props.years}
              onChange={(next) => props.onChange(i, next)}
              onRemove={() => props.onRemove(i)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
