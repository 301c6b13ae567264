import { z } from 'zod';
import { CALCULATOR_IDS, CALCULATORS, runCalculator } from '../../shared/calc';
import type { calcChannels, CalculatorInfo, JsonSchema } from '../../shared/ipc/channels/calc';
import type { Dataset } from '../../shared/kb/schemas';
import { AppError } from '../../shared/result';
import { ebsContextFromRows } from '../calc/context';
import type { Db } from '../db/open';
import type { HandlerContext, HandlersFor } from '../ipc/types';
import { packForRegion } from '../prices/overlay';

function kbOf(kb: Db | null, ctx: HandlerContext): Db {
  if (!kb) throw new AppError('UNAVAILABLE', ctx.kbProblem ?? 'The knowledge base (with the price packs) is not available.');
  return kb;
}

let infoCache: CalculatorInfo[] | null = null;

export const calcHandlers: HandlersFor<keyof typeof calcChannels> = {
  'calc.list': () =>
    (infoCache ??= CALCULATOR_IDS.map((id) => {
      const c = CALCULATORS[id];
      return {
        id,
        title: c.title,
        defaults: c.defaults,
        inputSchema: z.toJSONSchema(c.inputSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
        priceKeys: [...c.priceKeys],
      };
    })),
  'calc.run': (req, ctx) =>
    ctx.db.read('calc.run', (user, kbDb) => {
      const kb = kbOf(kbDb, ctx);
      const region = typeof req.input.region === 'string' ? req.input.region : 'us-east-1';
      // Prices imported from AWS offer files replace bundled ones (and say so in the trace).
      const pack = packForRegion(kb, user, region);
      const ec2 = kb.prepare("SELECT json FROM datasets WHERE id = 'ec2-instances'").get() as { json: string } | undefined;
      const calcCtx = ec2 ? ebsContextFromRows((JSON.parse(ec2.json) as Dataset).rows) : {};
      const r = runCalculator(req.calculator, { ...req.input, region }, pack, calcCtx);
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.issues);
      return { calculator: req.calculator, region, priceAsOf: pack.asOf, output: r.value };
    }),
};
