import { expect } from './expect.ts';
import type { Answer, FakeFile } from './fake-api/scenario.ts';
import { scenario, sessionToken } from './support.ts';

// The fake API keeps to openapi.yaml twice over: its answers are typed from the generated contract
// (`npm run typecheck` fails on a drift), and each answer is checked against openapi.yaml as it is sent
// (support.ts fails any test that got an answer breaking it). Both are shown here on a deliberate drift.
describe('the fake API', () => {
  it('should refuse, at type-check time, an answer whose field has the wrong type', () => {
    // @ts-expect-error `version_count` is an integer in the contract
    const file: FakeFile = { name: 'a.pdf', extra: { version_count: 'two' } };
    // @ts-expect-error `has_more` is a boolean in the contract
    const list: Answer<'listFiles', 200> = { data: [], has_more: 'no', next_cursor: null };
    expect([file, list]).to.have.length(2);
  });

  it('should report an answer that breaks openapi.yaml, naming the operation and the field', async () => {
    const drift = { version_count: 'two' } as unknown as FakeFile['extra']; // what a type-check cannot see
    const { portalId, fileIds } = await scenario({ files: [{ name: 'a.pdf', extra: drift }] });
    const res = await fetch(`/v1/files/${fileIds[0]}`, { headers: { authorization: `Bearer ${sessionToken(portalId)}` } });
    expect(res.status).to.equal(200);
    const violations = (await (await fetch('/__fake/violations')).json()) as string[];
    expect(violations).to.deep.equal(['getFile 200: /version_count must be integer']);
  });
});
