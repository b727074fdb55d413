// The matrix as plain JSON for scripts: ids throughout, the assumed variants said outright,
// each cell's owner with the source it rests on.
import type { Owner } from "../../core/contract.js";
import type { Matrix, StackService } from "../../core/matrix/types.js";
import { columnId } from "./labels.js";

export interface MatrixColumnJson {
  readonly id: string;
  readonly name: string;
  readonly service: string;
  readonly serviceName: string;
  readonly provider: string | null;
  readonly variant: string | null;
  readonly variantAssumed: boolean;
}

export interface MatrixJson {
  readonly columns: readonly MatrixColumnJson[];
  readonly rows: readonly {
    readonly area: string;
    readonly title: string;
    /** One per column; null where the knowledge base has no fact. */
    readonly owners: readonly (Owner | null)[];
    readonly sources: readonly (string | null)[];
  }[];
  readonly summary: {
    readonly provider: readonly string[];
    readonly customer: readonly string[];
    readonly shared: readonly string[];
    readonly split: readonly string[];
  };
}

export function matrixJson(matrix: Matrix): MatrixJson {
  const { everywhere, split } = matrix.summary;
  const ids = (areas: readonly { id: string }[]) => areas.map((a) => a.id);
  return {
    columns: matrix.columns.map(columnJson),
    rows: matrix.rows.map((row) => ({
      area: row.area.id,
      title: row.area.title,
      owners: row.cells.map((c) => c?.owner ?? null),
      sources: row.cells.map((c) => c?.source ?? null),
    })),
    summary: {
      provider: ids(everywhere.provider),
      customer: ids(everywhere.customer),
      shared: ids(everywhere.shared),
      split: ids(split),
    },
  };
}

export function renderMatrixJson(matrix: Matrix): string {
  return `${JSON.stringify(matrixJson(matrix), null, 2)}\n`;
}

function columnJson(column: StackService): MatrixColumnJson {
  const { subject } = column;
  return {
    id: columnId(column),
    name: column.name,
    service: subject.id,
    serviceName: subject.name,
    provider: subject.service?.provider ?? null,
    variant: subject.variant?.id ?? null,
    variantAssumed: subject.variantAssumed,
  };
}
