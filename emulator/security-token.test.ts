import { describe, expect, test } from 'vitest';
import { createEmulator, type Emulator, type Reply } from './app.ts';
import { REGION, TEST_KEY, signedV1, signedV3 } from './testing.ts';

const keys = { [TEST_KEY.id]: TEST_KEY.secret };
const opts = { date: new Date() };
const describeCall = { RegionId: REGION };

function outcome(reply: Reply): string {
  if (reply.kind !== 'response') return 'reset';
  const body = JSON.parse(reply.response.body) as { Code?: string };
  return `${reply.response.status}${body.Code ? ` ${body.Code}` : ''}`;
}

async function control(emu: Emulator, token: string | null): Promise<unknown> {
  const body = new TextEncoder().encode(JSON.stringify({ token }));
  const reply = await emu.dispatch({ method: 'PUT', url: '/__kpc/security-token', headers: {}, body });
  return reply.kind === 'response' ? JSON.parse(reply.response.body) : undefined;
}

describe('a configured security token', () => {
  test('is required of every request, V1 and V3, signed with it', async () => {
    const emu = createEmulator({ accessKeys: keys, securityToken: 'sts-token', now: () => new Date() });
    expect(outcome(await emu.dispatch(signedV3('DescribeKeyPairs', describeCall, opts)))).toBe(
      '400 MissingSecurityToken',
    );
    const wrong = signedV3('DescribeKeyPairs', describeCall, { ...opts, securityToken: 'other' });
    expect(outcome(await emu.dispatch(wrong))).toBe('400 InvalidSecurityToken.MismatchWithAccessKey');
    const right = signedV3('DescribeKeyPairs', describeCall, { ...opts, securityToken: 'sts-token' });
    expect(outcome(await emu.dispatch(right))).toBe('200');
    const v1 = signedV1('DescribeKeyPairs', describeCall, { ...opts, securityToken: 'sts-token' });
    expect(outcome(await emu.dispatch(v1))).toBe('200');
    expect(outcome(await emu.dispatch(signedV1('DescribeKeyPairs', describeCall, opts)))).toBe(
      '400 MissingSecurityToken',
    );
  });

  test('without one any token is accepted, as before; the control endpoint sets and clears it', async () => {
    const emu = createEmulator({ accessKeys: keys, now: () => new Date() });
    const anyToken = signedV3('DescribeKeyPairs', describeCall, { ...opts, securityToken: 'whatever' });
    expect(outcome(await emu.dispatch(anyToken))).toBe('200');
    expect(await control(emu, 'set-later')).toEqual({ securityTokenRequired: true });
    expect(outcome(await emu.dispatch(signedV3('DescribeKeyPairs', describeCall, opts)))).toBe(
      '400 MissingSecurityToken',
    );
    const right = signedV3('DescribeKeyPairs', describeCall, { ...opts, securityToken: 'set-later' });
    expect(outcome(await emu.dispatch(right))).toBe('200');
    expect(await control(emu, null)).toEqual({ securityTokenRequired: false });
    expect(outcome(await emu.dispatch(signedV3('DescribeKeyPairs', describeCall, opts)))).toBe('200');
  });

  test('the control endpoint refuses a token that is not a non-empty string', async () => {
    const emu = createEmulator();
    expect(await control(emu, '' as unknown as null)).toMatchObject({ error: expect.stringMatching(/token/) });
  });
});
