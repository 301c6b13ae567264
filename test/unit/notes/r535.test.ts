/**
 * Session 35, helper r5 (issue 14): negation and hedge forms of the yes/no reading (assertCheck.ts). "X rather
 * than Y" / "X instead of Y" inside a sentence read as "X, not Y" (ratherAsDenial); a generic resource noun
 * between the property and its shorthand denial ("Python functions not supported"); a negated passive whose agent
 * is the subject ("… are not managed by <subject>", negatedPassive); "provided" as a verb ("are provided by …"),
 * not a condition. Every line was written for these tests (none copied from an evaluation set): wrong lines must be
 * flagged by exactly the named fact, right ones by nothing.
 */
import { describe, expect, it } from 'vitest';
import { ratherAsDenial } from '../../../src/shared/notes/assertCheck';
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

describe('ratherAsDenial: "rather than" / "instead of" inside a sentence', () => {
  it('reads them as ", not", offsets kept', () => {
    const s = 'billed hourly rather than per token';
    const r = ratherAsDenial(s);
    expect(r.length).toBe(s.length);
    expect(r).toMatch(/^billed hourly, not\s+per token$/);
    expect(ratherAsDenial('kept in a new cluster instead of the old one')).toMatch(
      /cluster, not\s+the old one$/,
    );
  });
  it('leaves a sentence opening with them alone', () => {
    expect(ratherAsDenial('Rather than per token, billing is hourly')).toBe(
      'Rather than per token, billing is hourly',
    );
    expect(ratherAsDenial('Instead of X, use Y')).toBe('Instead of X, use Y');
  });
});

const WRONG: WrongCase[] = [
  // "X rather than Y", "X instead of Y"
  ['Bedrock Provisioned Throughput is billed per token instead of hourly', 'ai-services.bedrock.pt-billing'],
  [
    'Bedrock Provisioned Throughput: charged per token rather than by the hour',
    'ai-services.bedrock.pt-billing',
  ],
  [
    'MemoryDB read replicas are replicated synchronously rather than asynchronously',
    'memorydb.replication.mode',
  ],
  // a resource noun between the property and its denial
  ['WorkSpaces: Linux desktops not supported', 'workspaces.os.linux'],
  ['Function URLs: IPv6 clients not supported', 'lambda.function-url.dual-stack'],
  ['ActiveMQ broker: MQTT clients not supported', 'mq.activemq.protocols'],
  ['ALB: WebSocket traffic not supported', 'alb.websockets.support'],
  ['SnapStart: Python Lambda functions never supported', 'lambda.snapstart.python-dotnet'],
  // negated passive, the subject its agent
  ['Feature flags are not managed by AWS AppConfig', 'appconfig.feature-flags.supported'],
  ["WebSocket connections aren't handled by CloudFront", 'cloudfront.websocket.support'],
  ["Linux desktops can't be provided by Amazon WorkSpaces", 'workspaces.os.linux'],
  ['Eventually consistent reads are not provided by MemoryDB replicas', 'memorydb.replica.consistency'],
  // "provided" as a verb
  ['Strong consistency is provided by MemoryDB replicas', 'memorydb.replica.consistency'],
];

const RIGHT: (RightCase | string)[] = [
  'Bedrock Provisioned Throughput is billed hourly rather than per token',
  'Bedrock Provisioned Throughput is billed hourly instead of per token',
  'MemoryDB read replicas are replicated asynchronously rather than synchronously',
  // the sentence opening with the denied side stays unsure
  'Rather than hourly, Bedrock Provisioned Throughput is billed per token',
  'ALB: WebSocket traffic supported',
  // a version or a part between the property and the denial is not the property's kind of thing
  'SnapStart: older Python versions not supported',
  'SnapStart: Python 3.11 functions not supported',
  'SnapStart: Python layers never supported',
  'WebSocket connections are handled by CloudFront',
  'Linux desktops are provided by WorkSpaces',
  'Eventual consistency is provided by MemoryDB replicas',
  // the negation denies the manner or the extent, not the property
  'Feature flags are not managed by AppConfig alone',
  'Feature flags are not automatically managed by AppConfig',
  // "provided" as a condition stays one
  'Strong consistency is provided by MemoryDB replicas provided that you ask',
];

describeFlagCases('session 35 helper r5: negation and hedge forms', WRONG, RIGHT);
