import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../src/shared/calc/scenarioFile';

// Issue 17: "scenario JSON exports but cannot be imported". The file is what the screen's JSON link writes.
describe('parseScenarioFile', () => {
  it('reads what the JSON link writes', () => {
    const file = JSON.stringify({ calculator: 'ebs', name: 'db volume', input: { volumeType: 'gp3', sizeGiB: 500, iops: 5000 } }, null, 2);
    const r = parseScenarioFile(file);
    expect(r).toEqual({ ok: true, value: { calculator: 'ebs', name: 'db volume', input: { volumeType: 'gp3', sizeGiB: 500, iops: 5000 } } });
  });
  it.each([
    ['not JSON', '{"calculator":', /not valid JSON/],
    ['an array', '[]', /expected an object/],
    ['unknown calculator', JSON.stringify({ calculator: 'rds', name: 'x', input: {} }), /calculator "rds" is not one of dynamodb, kinesis, lambda, ebs, s3-lifecycle/],
    ['no calculator', JSON.stringify({ name: 'x', input: {} }), /calculator is missing/],
    ['no name', JSON.stringify({ calculator: 'ebs', name: '  ', input: { sizeGiB: 1 } }), /no name/],
    ['input not an object', JSON.stringify({ calculator: 'ebs', name: 'x', input: [1] }), /input must be an object/],
    ['inputs the calculator refuses', JSON.stringify({ calculator: 'ebs', name: 'x', input: { sizeGiB: -5 } }), /do not fit the .*calculator \(sizeGiB: /],
  ])('refuses %s with a plain message', (_what, text, msg) => {
    const r = parseScenarioFile(text, 'ebs-x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toMatch(/^ebs-x\.json is not a scenario file: /);
      expect(r.error.message).toMatch(msg);
    }
  });
});
