import { randomUUID } from 'node:crypto';
import type { Scenario, scenarioChannels } from '../../shared/ipc/channels/scenarios';
import { AppError } from '../../shared/result';
import type { HandlersFor } from '../ipc/types';

interface ScenarioRow {
  id: string;
  calculator: Scenario['calculator'];
  name: string;
  input: string;
  created_at: string;
  updated_at: string;
}

function rowToScenario(r: ScenarioRow): Scenario {
  return {
    id: r.id,
    calculator: r.calculator,
    name: r.name,
    input: JSON.parse(r.input) as unknown,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const scenarioHandlers: HandlersFor<keyof typeof scenarioChannels> = {
  'scenarios.list': (req, ctx) =>
    ctx.db.read('scenarios.list', (u) =>
      (
        u
          .prepare(
            `SELECT * FROM scenarios WHERE (@calc IS NULL OR calculator = @calc) ORDER BY updated_at DESC, name`,
          )
          .all({ calc: req.calculator ?? null }) as ScenarioRow[]
      ).map(rowToScenario),
    ),
  'scenarios.save': (req, ctx) =>
    ctx.db.write('scenarios.save', (u) => {
      const now = new Date().toISOString();
      u.prepare(
        `INSERT INTO scenarios(id, calculator, name, input, created_at, updated_at)
         VALUES (@id, @calculator, @name, @input, @now, @now)
         ON CONFLICT(calculator, name) DO UPDATE SET input = excluded.input, updated_at = excluded.updated_at`,
      ).run({ id: randomUUID(), calculator: req.calculator, name: req.name, input: JSON.stringify(req.input), now });
      const row = u
        .prepare('SELECT * FROM scenarios WHERE calculator = ? AND name = ?')
        .get(req.calculator, req.name) as ScenarioRow;
      return rowToScenario(row);
    }),
  'scenarios.delete': (req, ctx) =>
    ctx.db.write('scenarios.delete', (u) => {
      const r = u.prepare('DELETE FROM scenarios WHERE id = ?').run(req.id);
      if (r.changes === 0) throw new AppError('NOT_FOUND', `No saved scenario with id ${req.id}.`);
      return { id: req.id };
    }),
};
