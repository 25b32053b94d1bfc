import { useTranslation } from 'react-i18next';
import { REVENUE_JOINT_SET } from '../../../shared/stress/joint-sets';
import { toLang } from '../../lib/format';
import type { JointCard as JointCardData, JointSetCard as JointSetCardData, ProbabilityCard as CardData } from '../../lib/stress-cards';

/**
 * The card of one indicator: the probability of meeting its horizon target ± its standard error, the paths that
 * meet it, the target and the median with P5–P95 at the horizon, and the mean shortfall when it is missed.
 */
export function ProbabilityCard({ card, horizon }: { card: CardData; horizon: number }) {
  const { t } = useTranslation();
  return (
    <section className={`prob-card tone-${card.tone}`} data-testid={`prob-card-${card.id}`} aria-label={t('stress.card.label', { name: card.name })}>
      <h3 className="prob-name">{card.name}</h3>
      <p className="prob-main">
        <span className="prob-caption">{t('stress.card.probability', { year: horizon })}</span>
        <span className="prob-value" data-field="probability">{card.probability}</span>
        <span className="prob-se" data-field="se">± {card.standardError}</span>
      </p>
      <dl className="prob-facts">
        <div>
          <dt>{t('stress.card.met')}</dt>
          <dd data-field="met">{t('stress.card.metOf', { met: card.met, paths: card.paths })}</dd>
        </div>
        <div>
          <dt>{t(card.flow ? 'stress.card.targetCumulative' : 'stress.card.target')}</dt>
          <dd data-field="target">{card.target}</dd>
        </div>
        <div>
          <dt>{t('stress.card.median')}</dt>
          <dd data-field="median">{card.median}</dd>
        </div>
        <div>
          <dt>{t('stress.card.range')}</dt>
          <dd data-field="range">{card.p5} – {card.p95}</dd>
        </div>
        <div>
          <dt>{t('stress.card.shortfall')}</dt>
          <dd data-field="shortfall">{card.shortfall ?? t('stress.card.noMiss')}</dd>
        </div>
      </dl>
      {!card.uncertain ? <p className="hint">{t('stress.card.certain')}</p> : null}
      {card.nonFinite > 0 ? <p className="hint warn-text">{t('stress.card.nonFinite', { n: card.nonFinite })}</p> : null}
    </section>
  );
}

interface JointViewProps {
  testId: string;
  title: string;
  caption: string;
  label: string;
  card: JointCardData;
}

/** The look shared by every joint card: title, probability ± standard error under a caption, and the met count. */
function JointView({ testId, title, caption, label, card }: JointViewProps) {
  const { t } = useTranslation();
  return (
    <section className={`prob-card joint tone-${card.tone}`} data-testid={testId} aria-label={label}>
      <h3 className="prob-name">{title}</h3>
      <p className="prob-main">
        <span className="prob-caption">{caption}</span>
        <span className="prob-value" data-field="probability">{card.probability}</span>
        <span className="prob-se" data-field="se">± {card.standardError}</span>
      </p>
      <p className="hint" data-field="met">{t('stress.card.metOf', { met: card.met, paths: card.paths })}</p>
    </section>
  );
}

/** The joint card: all targets of the joint set met on the same path, ± its standard error. */
export function JointProbabilityCard({ card, horizon }: { card: JointCardData; horizon: number }) {
  const { t } = useTranslation();
  return (
    <JointView
      testId="prob-card-joint"
      title={t('stress.card.joint', { n: card.count })}
      caption={t('stress.card.jointCaption', { year: horizon })}
      label={t('stress.card.jointLabel')}
      card={card}
    />
  );
}

/**
 * The card of an extra joint set, looking like the all-targets card: the revenue pair under its own title
 * (财税总收入与地方财政收入同时达标), any other set under its indicators' names.
 */
export function JointSetProbabilityCard({ card, horizon }: { card: JointSetCardData; horizon: number }) {
  const { t, i18n } = useTranslation();
  const names = card.names.join(toLang(i18n.language) === 'en' ? ', ' : '、');
  const title = card.id === REVENUE_JOINT_SET ? t('stress.card.jointRevenue') : t('stress.card.jointSet', { names });
  return (
    <JointView
      testId={`prob-card-joint-${card.id}`}
      title={title}
      caption={t('stress.card.jointSetCaption', { year: horizon })}
      label={t('stress.card.jointSetLabel', { title })}
      card={card}
    />
  );
}
