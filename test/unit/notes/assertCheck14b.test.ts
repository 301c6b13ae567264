import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkAssertions } from '../../../src/shared/notes/assertCheck';
import { checkSection } from '../../../src/shared/notes/factCheck';

const root = join(import.meta.dirname, '..', '..', '..');
const checker = loadFactRules(root);

/** The yes/no fact flags of one line (figure checks excluded), as fact ids. */
function asserted(line: string, heading: string[] = []): string[] {
  return checkAssertions(line, heading, checker.asserts, checker.index).map((f) => f.factId);
}

// Session 14 (B): yes/no properties of the services listed in the brief, each in wordings of our own
// (negated, inverted, abbreviated), not taken from any evaluation set.
const WRONG: [string, string, string[]?][] = [
  // CloudTrail log files: SSE-S3 by default.
  ['CloudTrail log files are not encrypted by default.', 'cloudtrail.log-files.default-encryption'],
  ['CloudTrail logs are stored unencrypted in the S3 bucket.', 'cloudtrail.log-files.default-encryption'],
  // Fargate: a task shares no CPU, memory or ENI with other tasks.
  ['Fargate tasks share the underlying kernel and CPU with other customers.', 'fargate.task.isolation'],
  ['A Fargate task can share memory with neighbouring tasks on the host.', 'fargate.task.isolation'],
  // Global Accelerator: static anycast IPs; a global service.
  ['Global Accelerator does not give you static IP addresses.', 'global-accelerator.ip.static'],
  ['AWS Global Accelerator hands out dynamic IPs to clients.', 'global-accelerator.ip.static'],
  ['Global Accelerator is a Regional service.', 'global-accelerator.service.scope'],
  // ECR: encrypted at rest by default.
  ['ECR images are not encrypted at rest by default.', 'ecr.encryption.default'],
  ['Amazon ECR stores images unencrypted.', 'ecr.encryption.default'],
  // Cognito: user pools are directories; identity pools give AWS credentials.
  ['Cognito user pools issue temporary AWS credentials.', 'cognito.user-pool.aws-credentials'],
  ['User pools in Cognito give you temporary credentials for S3.', 'cognito.user-pool.aws-credentials'],
  ['Identity pools do not provide AWS credentials.', 'cognito.identity-pool.aws-credentials'],
  // CloudFormation: rollback on creation failure is the default.
  ['CloudFormation does not roll back a failed stack automatically.', 'cloudformation.create.rollback-default'],
];

const RIGHT: [string, string[]?][] = [
  ['CloudTrail log files are encrypted by default with SSE-S3.'],
  ['Fargate tasks do not share CPU or memory with other tasks.'],
  ['Containers in the same Fargate task share the task ENI and ephemeral storage.'],
  ['Global Accelerator provides two static anycast IP addresses.'],
  ['Global Accelerator is a global service.'],
  ['ECR repositories are encrypted at rest by default.'],
  ['Cognito user pools do not issue AWS credentials; identity pools do.'],
  ['Identity pools exchange tokens for temporary AWS credentials.'],
  ['CloudFormation rolls back by default when stack creation fails.'],
];

describe('session 14 (B) yes/no facts', () => {
  for (const [line, factId, heading] of WRONG)
    it(`flags: ${line}`, () => {
      expect(asserted(line, heading ?? [])).toEqual([factId]);
    });
  for (const [line, heading] of RIGHT)
    it(`leaves alone: ${line}`, () => {
      expect(checkSection(line, heading ?? [], checker)).toEqual([]);
    });
});
