import { z } from 'zod';
import { channel } from '../define';
import { calculatorId, type CALCULATOR_IDS } from './scenarios';

/** JSON Schema (draft 2020-12 subset) of a calculator's input, for the generic form. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  const?: unknown;
};

export interface CalculatorInfo {
  id: (typeof CALCULATOR_IDS)[number];
  title: string;
  defaults: Record<string, unknown>;
  inputSchema: JsonSchema;
  /** Price-pack keys the calculator reads (valid keys for the `prices` override). */
  priceKeys: string[];
}

export interface CalcRunResult {
  calculator: (typeof CALCULATOR_IDS)[number];
  region: string;
  priceAsOf: string;
  /** The calculator's output: results, monthly breakdown, `trace`, `warnings`, chart series. */
  output: Record<string, unknown>;
}

export const calcChannels = {
  'calc.list': channel<CalculatorInfo[]>()(z.strictObject({})),
  'calc.run': channel<CalcRunResult>()(
    z.strictObject({ calculator: calculatorId, input: z.record(z.string(), z.json()) }),
    { maxPayloadBytes: 64 * 1024 },
  ),
};
