/**
 * Session 25, lead: a capacity range stated as its maximum ("50 Mbps up to 25 Gbps") checks the maximum only, so a
 * capacity inside the range is not read as a wrong maximum.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [['Direct Connect hosted connections: up to 100 Gbps', 'direct-connect.hosted.range']];
const RIGHT: (RightCase | string)[] = [
  'You can create 1 transit VIF on a 500 Mbps hosted connection',
  'Direct Connect hosted connection ordered at 200 Mbps from a partner',
  'Direct Connect hosted connections: 50 Mbps to 25 Gbps',
];
describeFlagCases('session 25 lead: hosted connection capacity range', WRONG, RIGHT);
