/**
 * A translation function as the pure modules need it: a key and interpolation values in, a display string out.
 * Components pass i18next's `t`; tests pass the same, bound to a language, so labels are real.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The subset of an i18next `t` the adapter calls: a key, with or without interpolation values. */
interface I18nT {
  (key: string): string;
  (key: string, values: Record<string, string | number>): string;
}

/** Adapts i18next's `t` (from useTranslation or an instance) to the plain Translate the pure modules take. */
export function asTranslate(t: I18nT): Translate {
  return (key, values) => (values === undefined ? t(key) : t(key, values));
}
