import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../lib/format';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Resource bundles per UI language; Chinese is the default and the fallback. */
export const RESOURCES = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/**
 * A ready i18next instance for the renderer, synchronously initialised with both bundles and bound to React.
 * A fresh instance each call, so tests can run languages side by side. React escapes text itself, so
 * interpolation does not escape again.
 */
export function createI18n(lang: Lang = 'zh-CN'): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources: RESOURCES,
    lng: lang,
    fallbackLng: 'zh-CN',
    supportedLngs: ['zh-CN', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
