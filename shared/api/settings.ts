import { z } from 'zod';

/** The UI languages Tuiyan ships. */
export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.output<typeof languageSchema>;

/** Largest JSON size of one free setting value, in characters; settings are small preferences, not data. */
export const MAX_SETTING_CHARS = 10_000;

const settingKey = /^[a-z][A-Za-z0-9.-]{0,63}$/;

/**
 * A settings change: `language` plus free preference keys (lower-camel or dotted names, JSON values of at
 * most 10 000 characters). Keys not in the patch keep their stored value.
 */
export const settingsPatchSchema = z
  .object({ language: languageSchema.optional() })
  .catchall(z.json())
  .superRefine((patch, ctx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (!settingKey.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'a setting name: a lower-case letter, then letters, digits, . or - (at most 64)' });
      } else if (JSON.stringify(value).length > MAX_SETTING_CHARS) {
        ctx.addIssue({ code: 'custom', path: [key], message: `a setting value of at most ${MAX_SETTING_CHARS} characters as JSON` });
      }
    }
  });

/** The stored settings as the backend returns them: `language` when chosen, and any free keys. */
export const settingsSchema = z.object({ language: languageSchema.optional() }).catchall(z.unknown());
export type Settings = z.output<typeof settingsSchema>;
