import { z } from 'zod';
import { channel } from '../define';
import { nameText } from '../text';

export const CALCULATOR_IDS = ['dynamodb', 'kinesis', 'lambda', 'ebs', 's3-lifecycle'] as const;
export const calculatorId = z.enum(CALCULATOR_IDS);

export interface Scenario {
  id: string;
  calculator: (typeof CALCULATOR_IDS)[number];
  name: string;
  input: unknown;
  createdAt: string;
  updatedAt: string;
}

const name = nameText(z.string().trim().min(1, 'a scenario needs a name').max(120));
const scenarioId = z.string().regex(/^[\w-]{1,64}$/);

export const scenarioChannels = {
  'scenarios.list': channel<Scenario[]>()(z.strictObject({ calculator: calculatorId.optional() })),
  /** Saves (creates or overwrites by calculator + name). The input is validated when it is run. */
  'scenarios.save': channel<Scenario>()(
    z.strictObject({ calculator: calculatorId, name, input: z.json() }),
    { maxPayloadBytes: 64 * 1024 },
  ),
  'scenarios.delete': channel<{ id: string }>()(z.strictObject({ id: scenarioId })),
};
