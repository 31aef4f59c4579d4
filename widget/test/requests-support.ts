// Helpers for the document request tests: the tax season's request, and a signed-in portal that has it.
import type { FakeRequest, Scenario } from './fake-api/scenario.ts';
import { mount, remember, scenario, waitForText } from './support.ts';

const DAY = 86_400_000;

/** The tax season's request: four items, one sent already, one sent back. */
export function taxRequest(overrides: Partial<FakeRequest> = {}): FakeRequest {
  return {
    title: '2026 tax documents',
    message: 'Please send these before the 15th so we can file on time.',
    due_at: new Date(Date.now() + 20 * DAY).toISOString(),
    items: [
      {
        title: 'Bank statements',
        description: 'Every account, January to December.',
        multiple: true,
        allowed_types: ['application/pdf', 'image/*'],
        files: ['statement-jan.pdf'],
      },
      {
        title: 'Receipts',
        multiple: true,
        status: 'changes_requested',
        reason: 'The December receipts are missing.',
        files: ['receipts.pdf'],
      },
      { title: "Last year's return", allowed_types: ['application/pdf'] },
      { title: 'ID', description: 'A passport or driving licence.', required: false, allowed_types: ['application/pdf', 'image/*'] },
    ],
    ...overrides,
  };
}

/** A signed-in <foyer-portal> with a shared file and the scenario's requests, once its files show. */
export async function openRequests(s: Scenario) {
  const { portalId } = await scenario({ files: [{ name: 'Engagement letter.pdf' }], ...s });
  remember(portalId);
  const el = await mount(portalId);
  await waitForText(el, 'Engagement letter.pdf');
  return { el, portalId };
}
