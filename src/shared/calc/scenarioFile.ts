/**
 * Reads a scenario file written by the calculator screen's "JSON" link (`{ calculator, name, input }`), so a
 * colleague's scenario can be imported. Everything is checked before anything is saved: the file is JSON,
 * the calculator is one we have, the name is usable and the inputs pass that calculator's own schema (a
 * file from an older version with inputs we no longer accept is refused with the field and the reason).
 */
import { fail, ok, type Result } from '../result';
import { CALCULATOR_IDS } from '../ipc/channels/scenarios';
import { CALCULATORS } from './index';

export interface ScenarioFile {
  calculator: (typeof CALCULATOR_IDS)[number];
  name: string;
  input: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is ScenarioFile['calculator'] => typeof v === 'string' && (CALCULATOR_IDS as readonly string[]).includes(v);
/** Longer files are not scenarios (the save channel takes at most 64 KB). */
const MAX_CHARS = 64 * 1024;

export function parseScenarioFile(text: string, fileName = 'the file'): Result<ScenarioFile> {
  const bad = (why: string): Result<never> => fail('VALIDATION', `${fileName} is not a scenario file: ${why}`);
  if (text.length > MAX_CHARS) return bad(`it is ${Math.round(text.length / 1024)} KB; a scenario is at most 64 KB.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad('it is not valid JSON.');
  }
  if (!isRecord(data)) return bad('expected an object with calculator, name and input.');
  if (!isId(data.calculator)) return bad(`calculator ${data.calculator === undefined ? 'is missing' : JSON.stringify(data.calculator) + ' is not one of ' + CALCULATOR_IDS.join(', ')}.`);
  const name = typeof data.name === 'string' ? data.name.trim() : '';
  if (!name) return bad('it has no name.');
  if (name.length > 120) return bad('its name is longer than 120 characters.');
  if (!isRecord(data.input)) return bad('input must be an object of calculator inputs.');
  const parsed = CALCULATORS[data.calculator].inputSchema.safeParse(data.input);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const path = i.path.map(String).join('.');
    return bad(`its inputs do not fit the ${CALCULATORS[data.calculator].title} calculator (${path ? `${path}: ` : ''}${i.message.replace(new RegExp(`^${path}:\\s*`), '')}).`);
  }
  // The inputs as written (not the parsed defaults-filled copy): the saved scenario is the file's.
  return ok({ calculator: data.calculator, name, input: data.input });
}
