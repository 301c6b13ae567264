/**
 * Non-numeric misconceptions about compute and deployment services that the notes fact-check catches
 * through KB facts with `check.contradicts` (data/kb/eks.json, codedeploy.json, ec2-purchasing.json, elastic-beanstalk.json). Wrong phrasings a
 * study note might contain are flagged with the fact; right, negated and near-miss lines are not flagged.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';

interface Statement {
  id: string;
  wrong: string[];
  right: string[];
}

const STATEMENTS: Statement[] = [
  {
    id: 'eks.control-plane.azs',
    wrong: [
      'EKS: the control plane runs in a single AZ',
      'The Amazon EKS control plane is single-AZ, so plan for an AZ outage',
      'EKS control plane lives in one Availability Zone of the Region',
    ],
    right: [
      'EKS runs the control plane across three AZs in one Region',
      'The EKS control plane is not single-AZ: it spans three Availability Zones',
      'Run EKS worker nodes in a single AZ to avoid cross-AZ data transfer',
      'An EKS managed node group can run in one Availability Zone',
    ],
  },
  {
    id: 'codedeploy.in-place.platforms',
    wrong: [
      'CodeDeploy: in-place deployments for Lambda functions replace the code in place',
      'CodeDeploy in-place deployment to ECS stops each task and starts the new revision',
      'With CodeDeploy, ECS supports in-place deployments as well as blue/green',
    ],
    right: [
      'CodeDeploy in-place deployments are only for the EC2/On-Premises compute platform',
      'CodeDeploy deployments to Lambda and ECS are blue/green (traffic shifting)',
      'CodeDeploy in-place deployment: stop the app on each EC2 instance, install the revision, restart it',
      'In CodeDeploy, Lambda does not support in-place deployments',
    ],
  },
  {
    id: 'ec2-purchasing.ri-marketplace.convertible',
    wrong: [
      'Convertible RIs can be sold on the Reserved Instance Marketplace',
      'You can sell unused Convertible Reserved Instances in the RI Marketplace',
      'The Reserved Instance Marketplace accepts both Standard and Convertible RIs',
    ],
    right: [
      'Only Standard Reserved Instances can be sold in the Reserved Instance Marketplace',
      'Convertible RIs cannot be sold on the Marketplace, but they can be exchanged',
      'Standard RIs can be listed in the Reserved Instance Marketplace',
      'Convertible Reserved Instances can be exchanged for other Convertible RIs of equal or greater value',
    ],
  },
  {
    id: 'elastic-beanstalk.deployment.default-policy',
    wrong: [
      'Elastic Beanstalk: the default deployment policy is Rolling',
      'Beanstalk deployment policy defaults to immutable',
      'In Elastic Beanstalk, rolling is the default deployment policy',
    ],
    right: [
      'Elastic Beanstalk uses All at once deployments by default',
      'Elastic Beanstalk: the default deployment policy is all at once, which causes downtime',
      'Immutable is the safest Elastic Beanstalk deployment policy',
      'The EB CLI gives a scalable Elastic Beanstalk environment rolling deployments',
    ],
  },
];

describe('non-numeric statements about compute and deployment services', () => {
  const index = loadFactRules(join(import.meta.dirname, '..', '..', '..')).index;
  const flagged = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);

  it('every statement names a fact that exists and has contradicts', () => {
    const ids = new Set(index.statements.map((s) => s.f.id));
    for (const s of STATEMENTS) expect(ids.has(s.id), s.id).toBe(true);
  });

  it('leaves every wrong phrasing alone when it is historical or a question', () => {
    for (const s of STATEMENTS)
      for (const text of s.wrong) {
        expect(flagged(`Before 2019: ${text}`), text).not.toContain(s.id);
        expect(flagged(`${text}?`), text).not.toContain(s.id);
      }
  });

  it('takes the subject from the heading when the line names none, and only that subject', () => {
    const under = (heading: string, line: string): string[] =>
      checkClaims(line, [heading], index).map((f) => f.factId);
    expect(under('Amazon EKS', '- The control plane runs in a single AZ')).toContain('eks.control-plane.azs');
    expect(under('Amazon ECS', '- The control plane runs in a single AZ')).toEqual([]);
  });

  for (const s of STATEMENTS)
    describe(s.id, () => {
      it('flags the wrong phrasings', () => {
        for (const text of s.wrong) expect(flagged(text), text).toContain(s.id);
      });
      it('leaves right, negated and near-miss phrasings alone', () => {
        for (const text of s.right) expect(flagged(text), text).toEqual([]);
      });
    });
});
