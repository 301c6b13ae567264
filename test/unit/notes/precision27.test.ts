/**
 * Session 27 (issue 14 item 3, precision first): lines two yes/no facts flagged though they do not speak to them,
 * found by the session's reading helper while probing; a quota line is no claim about support, and a stated
 * exception is no "always".
 * Lines written for this test; wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  ['API Gateway has no WebSocket support', 'api-gateway.websocket.support'],
  ['Aurora always bills I/O per request', 'aurora.storage.io-optimized'],
];
const RIGHT = [
  'API Gateway has no quota on concurrent WebSocket connections',
  'API Gateway: no limit on concurrent WebSocket connections, new ones are throttled per second',
  'Aurora always bills I/O per request - not for I/O-Optimized clusters',
  'Aurora bills I/O per request unless the cluster uses I/O-Optimized',
];

describeFlagCases('a quota is no claim about support; an exception is no "always"', WRONG, RIGHT);
