import { useTranslation } from 'react-i18next';

/** On-track / off-track mark: an icon, a colour and a word, so the state never rests on colour alone. */
export function StatusMark({ onTrack }: { onTrack: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`status-mark ${onTrack ? 'on-track' : 'off-track'}`} data-on-track={onTrack}>
      <span aria-hidden="true">{onTrack ? '✓' : '✗'}</span> {onTrack ? t('status.onTrack') : t('status.offTrack')}
    </span>
  );
}
