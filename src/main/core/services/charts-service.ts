import { answerCharts, compareLenses, EMPTY_INDEX, shownLenses, type ChartsAnswer, type ChartsRequest } from '@shared/analysis/charts/answer';
import { indexPackedCells, type CellIndex } from '@shared/analysis/charts/cells';
import type { Lens } from '@shared/domain/types';
import type { CatalogRepo } from '../repos/catalog-repo';
import type { MatrixService } from './matrix-service';

/**
 * Chart data for a window (charts.data): the registry's data functions run
 * here, on only the lenses the asked-for charts read, and the window gets the
 * charts' data (kilobytes) instead of a scenario's cells (hundreds of them).
 */
export class ChartsService {
  constructor(
    private readonly matrix: Pick<MatrixService, 'packedLensCells' | 'assertView'>,
    private readonly catalog: CatalogRepo,
  ) {}

  /** An unknown scenario (shown or compared) or lens is NOT_FOUND, whether or not a requested chart reads it. */
  data(request: ChartsRequest): ChartsAnswer {
    const { scenarioId, lens, compare } = request;
    this.matrix.assertView(scenarioId, lens);
    if (compare) for (const id of [compare.fromId, compare.toId]) this.matrix.assertView(id, { kind: 'all' });
    const catalog = this.catalog.catalog();
    const shown = shownLenses(request, catalog);
    const pair = compareLenses(request, catalog);
    const nameOf = (id: string) => catalog.scenarios.find((s) => s.id === id)?.name ?? '';
    return answerCharts(request, {
      catalog,
      index: shown ? this.index(scenarioId, shown) : EMPTY_INDEX,
      compare:
        pair && compare
          ? { from: this.index(compare.fromId, pair), to: this.index(compare.toId, pair), fromName: nameOf(compare.fromId), toName: nameOf(compare.toId) }
          : null,
    });
  }

  private index(scenarioId: string, lenses: readonly Lens[]): CellIndex {
    return indexPackedCells(this.matrix.packedLensCells(scenarioId, lenses));
  }
}
