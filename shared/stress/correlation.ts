/** The lower Cholesky factor of a correlation matrix, or the first row whose pivot is not positive. */
export type CholeskyResult = { ok: true; lower: Float64Array } | { ok: false; row: number };

/** Pivots at or below this count as not positive: the matrix is (numerically) singular or indefinite. */
const MIN_PIVOT = 1e-10;

/**
 * Cholesky factorisation C = L Lᵀ of a symmetric n × n matrix (rows as given; only the lower triangle is read).
 * `lower` is L flat row-major (n × n, zeros above the diagonal). Fails at the first pivot ≤ 1e-10, i.e. for a
 * matrix that is not positive definite, so correlated normals L·ε could not reproduce it.
 */
export function cholesky(matrix: readonly (readonly number[])[]): CholeskyResult {
  const n = matrix.length;
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = matrix[i]?.[j] ?? 0;
      for (let k = 0; k < j; k++) s -= (lower[i * n + k] ?? 0) * (lower[j * n + k] ?? 0);
      if (i === j) {
        if (!(s > MIN_PIVOT)) return { ok: false, row: i };
        lower[i * n + i] = Math.sqrt(s);
      } else {
        lower[i * n + j] = s / (lower[j * n + j] ?? 1);
      }
    }
  }
  return { ok: true, lower };
}

/** A problem with a correlation matrix: where (dotted path below the matrix) and what is wrong. */
export interface MatrixIssue {
  path: string;
  message: string;
}

/**
 * Checks a correlation matrix for `ids` (n names): n × n, unit diagonal, symmetric (to 1e-12), entries in
 * [−1, 1] and positive definite. Paths are relative to the matrix (`matrix.1.0`); an empty list means usable.
 */
export function correlationMatrixIssues(matrix: readonly (readonly number[])[], ids: readonly string[]): MatrixIssue[] {
  const n = ids.length;
  if (matrix.length !== n || matrix.some((row) => row.length !== n)) {
    return [{ path: 'matrix', message: `expected a ${n} × ${n} matrix, one row and one column per listed indicator (${ids.join(', ')})` }];
  }
  const issues: MatrixIssue[] = [];
  for (let i = 0; i < n; i++) {
    const d = matrix[i]?.[i] ?? 0;
    if (d !== 1) issues.push({ path: `matrix.${i}.${i}`, message: `the diagonal of a correlation matrix must be 1, got ${d}` });
    for (let j = 0; j < i; j++) {
      const a = matrix[i]?.[j] ?? 0;
      const b = matrix[j]?.[i] ?? 0;
      if (Math.abs(a - b) > 1e-12) {
        issues.push({ path: `matrix.${i}.${j}`, message: `the matrix must be symmetric: ${ids[i]}–${ids[j]} is ${a} here but ${b} at matrix.${j}.${i}` });
      }
    }
  }
  if (issues.length > 0) return issues;
  const chol = cholesky(matrix);
  if (!chol.ok) {
    return [{
      path: 'matrix',
      message: `the correlation matrix is not positive definite (it fails at ${ids[chol.row] ?? chol.row}): some correlations contradict each other (e.g. A–B and B–C high but A–C low) or two lines are perfectly correlated; lower them, or use the economy factor with loading 1 for perfectly co-moving lines`,
    }];
  }
  return [];
}
