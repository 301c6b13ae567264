/**
 * Session 35, helper r2 (issue 14): a yes/no fact's property phrases in their other word forms (wordForms in
 * assertCheck.ts), generated for every fact when the index is built: a verb and its adverb as the adjective and
 * noun ("renewed automatically" / "automatic renewal"), a participle before a preposition as its noun
 * ("encrypted at rest" / "encryption at rest"), "can be <participle>" as "-able", "can" as "able to", a one-word
 * verb as its noun ("expire" / "no expiry") and the common synonyms of the property verbs (turn off / switch off /
 * disable, shrink / reduce / decrease, overwrite → replace, stop → end). Every line was written for these tests
 * (none copied from an evaluation set): wrong lines must be flagged by exactly the named fact, right ones by
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { kbVocabulary, wordForms } from '../../../src/shared/notes/assertCheck';
import type { KbEntry } from '../../../src/shared/kb/schemas';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const KB = join(import.meta.dirname, '..', '..', '..', 'data', 'kb');
const vocabulary = kbVocabulary(
  readdirSync(KB)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .map((f) => JSON.parse(readFileSync(join(KB, f), 'utf8')) as KbEntry),
);

describe('wordForms: a phrase in its other word forms', () => {
  const cases: [string, string[]][] = [
    ['deleted immediately', ['immediate deletion']],
    ['immediately deletes', ['immediate deletion']],
    ['renewed automatically', ['automatic renewal']],
    ['fully support macros', ['full support for macros']],
    ['encrypted at rest', ['encryption at rest']],
    ['replicated across Regions', ['replication across Regions']],
    ['can be removed', ['removable']],
    ['subnets can be removed', ['subnets are removable']],
    ['can still decrypt', ['still able to decrypt']],
    ['turned off', ['switched off', 'disabled']],
    ['shrink the storage', ['reduce the storage', 'decrease the storage']],
    ['overwrites the existing table', ['replaces the existing table']],
    ['stops the * charge', ['ends the * charge']],
  ];
  for (const [p, forms] of cases)
    it(p, () => {
      expect(wordForms(p, vocabulary)).toEqual(forms);
    });
  // Forms that would change the meaning are not made.
  const none = [
    'task stops', // a task's normal end is no stop
    'stop being billed', // "end being billed" says nothing
    'replaced with On-Demand', // replace is no overwrite
    'changed to Express', // "change to Express" may be the noun
    'opted into', // no "option into"
    'Overwrite defaults to true', // a parameter's name
    'can be turned off later', // a phrasal verb has no "-able"
  ];
  for (const p of none)
    it(`nothing new or only synonyms: ${p}`, () => {
      expect(wordForms(p, vocabulary).filter((f) => !/switched|disabled/.test(f))).toEqual([]);
    });
});

const WRONG: WrongCase[] = [
  // adverb + verb as adjective + noun
  ['ACM imported certificates get automatic renewal', 'acm.imported.renewal'],
  ['Amplify managed certificates have no automatic renewal', 'amplify.certificate.auto-renew'],
  ['Keyspaces data: automatic expiry by default', 'keyspaces.ttl.default-no-expiry'],
  // participle + preposition as noun + preposition
  ['Kinesis Video Streams has no encryption at rest', 'kinesis-video-streams.encryption.at-rest'],
  ['Lambda environment variables: no encryption at rest', 'lambda.env-vars.encryption-at-rest'],
  // "can be <participle>" as "-able"
  ['CloudWatch custom metrics are deletable', 'cloudwatch.metrics.deletable'],
  ['Data Exchange: the subscription duration is editable', 'data-exchange.offer.duration-fixed'],
  ["A Gateway Load Balancer's subnets are removable", 'gwlb.subnets.remove'],
  ['A CloudFormation stack policy is removable', 'cloudformation.stack-policy.permanent'],
  // "can" as "able to"
  ['KMS keys pending deletion are still able to decrypt data', 'kms.deletion.pending-key-unusable'],
  ['A disabled Athena workgroup is still able to run queries', 'athena.workgroup.disabled-queries-fail'],
  // a one-word verb as its noun
  ['AppSync API keys have no expiry', 'appsync.api-key.expiry-required'],
  // synonyms of the property verbs
  ['EKS secrets encryption can be switched off later', 'eks.secrets-encryption.irreversible'],
  ['OpenSearch node-to-node encryption can be switched off', 'opensearch.node-to-node.irreversible'],
  ['Aurora storage never reduces', 'aurora.storage.dynamic-resize'],
  ['Deregistering a task definition ends the running tasks', 'ecs.task-definition.deregister-running-tasks'],
  ['A DynamoDB PITR restore replaces the existing table', 'dynamodb.pitr.restore-new-table'],
  ['A DocumentDB snapshot restore replaces the cluster', 'documentdb.restore.new-cluster'],
];

const RIGHT: (RightCase | string)[] = [
  'Amplify managed certificates: automatic renewal',
  'AppSync API keys have an expiry',
  'Lambda environment variables get encryption at rest',
  'Kinesis Video Streams: encryption at rest with KMS',
  'ACM imported certificates: no automatic renewal, re-import them yourself',
  'CloudWatch custom metrics are not deletable, they expire',
  'KMS keys pending deletion are not able to decrypt data',
  'Keyspaces data: no automatic expiry by default',
  'An EBS volume cannot be reduced in size',
  'Aurora storage reduces when data is deleted',
  'A DynamoDB PITR restore never replaces the existing table',
];

describeFlagCases('session 35 helper r2: word forms of property phrases', WRONG, RIGHT);
