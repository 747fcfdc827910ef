import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { shortenLabel } from '@shared/domain/vote-items';
import type { VoteItem } from '@shared/domain/workshop';
import { findingMessage } from '@shared/i18n/finding-text';
import { fillWorkspace } from '../deliverables/test-fixture';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { scenarioFindings } from './scenario-findings';

const service = (ws: Workspace) => ws.votes;

/** Open, dot on every item once, reveal: the saved results as a restarted app would see them. */
function savedResults(ws: Workspace, items: VoteItem[]) {
  const votes = service(ws);
  const session = votes.open('Vote', items, items.length);
  const ann = votes.join('Ann');
  for (const item of items) votes.setDots(session.id, ann.id, item, 1);
  votes.reveal(session.id);
  return () => votes.results(session.id, null).totals.map((t) => t.label);
}

describe('labels of saved findings and steps', () => {
  const tmp = useTempDir();

  it('names journey steps "phase · title" again, and says when a step is gone', () => {
    const ws = tmp.create();
    const { journeyId } = fillWorkspace(ws);
    const { phases } = ws.catalogRepo.catalog();
    const steps = ws.journeys.get(journeyId).steps;
    const labels = savedResults(
      ws,
      steps.map((s) => ({ kind: 'step', id: s.id, label: 'live label' })),
    );
    expect(labels().sort()).toEqual([`${phases[0]!.name} · Sees an ad`, `${phases[1]!.name} · +31 calls the shop`].sort());
    ws.journeys.deleteStep(steps[0]!.id);
    expect(labels()).toContain('(no longer in the workspace)');
  });

  it('names findings with their sentence again, and says when a finding is gone', () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const catalog = ws.catalogRepo.catalog();
    const scenarioId = catalog.scenarios[0]!.id;
    const findings = scenarioFindings(ws, catalog, scenarioId);
    expect(findings.length).toBeGreaterThan(0);
    const finding = findings[0]!;
    const t = createTranslator(ws.info().contentLanguage);
    const items: VoteItem[] = [
      { kind: 'finding', id: finding.id, label: 'live label' },
      { kind: 'finding', id: `gone.rule|${scenarioId}|all|x`, label: 'live label' },
    ];
    const labels = savedResults(ws, items);
    expect(labels().sort()).toEqual([shortenLabel(findingMessage(t, ws.info().contentLanguage, finding)), '(no longer in the workspace)'].sort());
  });
});
