import { SCENARIO_FILE_KIND, scenarioFileSchema, type ScenarioFile } from '../api/scenario-file';
import { formatIssuePath } from '../engine/validate-scenario';
import { SCENARIO_SCHEMA_VERSION } from '../scenario/scenario-schema';

/** Largest scenario file Tuiyan reads, in bytes of UTF-8 (1 MB); real scenarios are a few kilobytes. */
export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

/** Chinese names of the JSON value types a file might hold instead of an object. */
const JSON_TYPES_ZH: Readonly<Record<string, string>> = { number: '数字', string: '字符串', boolean: '布尔值' };

/** A scenario file read from text: the parsed JSON object to send to scenario:import, or why it was refused. */
export type ScenarioFileRead = { ok: true; file: Record<string, unknown> } | { ok: false; message: string };

/** Size in bytes of a text as UTF-8, without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Reads a scenario file's text before anything is imported, with a message a user understands for each way it
 * can be wrong (bilingual, Chinese first): larger than 1 MB, not JSON, not a JSON object (an array, a number),
 * a plan file or other JSON without `kind: "tuiyan-scenario"`, or a schemaVersion this version cannot read.
 * The fields inside are checked by scenario:import (which names the field at fault).
 */
export function readScenarioFileText(text: string, byteLength: number = utf8Bytes(text)): ScenarioFileRead {
  if (byteLength > MAX_SCENARIO_FILE_BYTES) {
    const mb = (byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, message: `文件过大（${mb} MB），情景文件最大 1 MB。/ The file is too large (${mb} MB); a scenario file is at most 1 MB.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `不是有效的 JSON 文件（${reason}）。/ Not a valid JSON file (${reason}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`;
    const whatZh = Array.isArray(data) ? '数组' : data === null ? 'null' : (JSON_TYPES_ZH[typeof data] ?? typeof data);
    return { ok: false, message: `文件内容不是情景（应为 JSON 对象，实为${whatZh}）。/ Not a scenario file: expected a JSON object, got ${what}.` };
  }
  const file: Record<string, unknown> = Object.fromEntries(Object.entries(data));
  const kind = file['kind'];
  if (kind === 'tuiyan-plan') {
    return { ok: false, message: '这是规划文件，不是情景文件。/ This is a plan file, not a scenario file.' };
  }
  if (kind !== SCENARIO_FILE_KIND) {
    const got = kind === undefined ? '没有 kind 字段 / no kind field' : `kind = ${JSON.stringify(kind).slice(0, 60)}`;
    return { ok: false, message: `不是推演台情景文件（${got}；应为 "${SCENARIO_FILE_KIND}"）。/ Not a Tuiyan scenario file (kind must be "${SCENARIO_FILE_KIND}").` };
  }
  const version = file['schemaVersion'];
  if (version !== SCENARIO_SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > SCENARIO_SCHEMA_VERSION;
    const shown = version === undefined ? '缺失 / missing' : JSON.stringify(version).slice(0, 40);
    return {
      ok: false,
      message: newer
        ? `情景文件版本 ${shown} 比本程序支持的版本 ${SCENARIO_SCHEMA_VERSION} 新，请升级推演台。/ Scenario file version ${shown} is newer than this app reads (${SCENARIO_SCHEMA_VERSION}); update Tuiyan.`
        : `不支持的情景文件版本（schemaVersion ${shown}，应为 ${SCENARIO_SCHEMA_VERSION}）。/ Unsupported scenario file version (schemaVersion ${shown}; expected ${SCENARIO_SCHEMA_VERSION}).`,
    };
  }
  return { ok: true, file };
}

/**
 * Reads a scenario file's text all the way to a typed scenario file: readScenarioFileText's checks, then the
 * scenario schema, whose first problem is reported with its field (`indicators.gdp.growth: …`). The plan-level
 * checks (known indicators, formulas) are scenario:import's.
 */
export function parseScenarioFileText(text: string, byteLength?: number): { ok: true; file: ScenarioFile } | { ok: false; message: string } {
  const read = readScenarioFileText(text, byteLength);
  if (!read.ok) return read;
  const parsed = scenarioFileSchema.safeParse(read.file);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const at = formatIssuePath(issue?.path ?? []);
  const more = parsed.error.issues.length > 1 ? ` (+${parsed.error.issues.length - 1})` : '';
  return { ok: false, message: `${at}: ${issue?.message ?? 'invalid'}${more}（情景文件中此字段有误 / this field of the scenario file is invalid）` };
}

/** A scenario file as saved to disk: pretty JSON (2 spaces), `kind` and `schemaVersion` first, ending with a newline. */
export function scenarioFileText(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
