"""numpy baseline for scripts/bench/stress.bench.ts: the same Monte Carlo, vectorised.

Two revenue lines over 5 years (2021-2025), as in the bench scenario:
  财税总收入 fiscal: F_t = F_{t-1} (1 + gf_t),   gf_t = 0.07 + 0.06 zf_t,                 F_0 = 16.9
  地方财政收入 local: L_t = L_{t-1} (1 + e gf_t + gl_t), gl_t = 0.01 + 0.02 (0.5 zf_t + sqrt(0.75) zl_t),
                      e = 1 + 0.2 z_e drawn once per path (uncertain elasticity),   L_0 = 6.1
Outputs, as the engine computes them: per line and year P5, P10, P25, P50, P75, P90, P95 and the mean; at 2025
the probability of meeting the cagr targets (9 %, 8 %) and both jointly with standard errors, the expected
shortfall of missing paths and a 40-bin histogram.

Usage: python3 numpy_stress.py PATHS SEED REPEATS; prints one JSON line (wall and CPU seconds per repeat). Without numpy it prints {"error": ...}.
"""
import json
import sys
import time

try:
    import numpy as np
except ImportError as exc:  # the bench reports this and skips the comparison
    print(json.dumps({"error": f"numpy is not importable: {exc}"}))
    sys.exit(0)

QS = [5, 10, 25, 50, 75, 90, 95]


def simulate(n, seed):
    rng = np.random.default_rng(seed)
    years = 5
    z = rng.standard_normal((2, years, n))
    elasticity = 1.0 + 0.2 * rng.standard_normal(n)
    gf = 0.07 + 0.06 * z[0]
    gl = 0.01 + 0.02 * (0.5 * z[0] + np.sqrt(0.75) * z[1])
    fiscal = 16.9 * np.cumprod(1.0 + gf, axis=0)
    local = 6.1 * np.cumprod(1.0 + elasticity * gf + gl, axis=0)
    out = {}
    met_all = np.ones(n, dtype=bool)
    for name, values, target in (("fiscal", fiscal, 16.9 * 1.09 ** 5), ("local", local, 6.1 * 1.08 ** 5)):
        end = values[-1]
        met = end >= target
        met_all &= met
        p = met.mean()
        miss = ~met
        out[name] = {
            "percentiles": np.percentile(values, QS, axis=1).T.tolist(),
            "mean": values.mean(axis=1).tolist(),
            "probability": float(p),
            "standardError": float(np.sqrt(p * (1 - p) / n)),
            "expectedShortfall": float((target - end[miss]).mean()) if miss.any() else None,
            "histogram": np.histogram(end, bins=40)[0].tolist(),
        }
    pj = met_all.mean()
    out["joint"] = {"probability": float(pj), "standardError": float(np.sqrt(pj * (1 - pj) / n))}
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    times = []
    cpu = []
    result = None
    for r in range(repeats):
        t0 = time.perf_counter()
        c0 = time.process_time()
        result = simulate(n, seed + r)
        cpu.append(time.process_time() - c0)
        times.append(time.perf_counter() - t0)
    print(json.dumps({
        "numpy": np.__version__,
        "paths": n,
        "seconds": times,
        "best": min(times),
        "cpu": cpu,
        "bestCpu": min(cpu),
        "fiscalProbability": result["fiscal"]["probability"],
        "localProbability": result["local"]["probability"],
        "jointProbability": result["joint"]["probability"],
    }))


if __name__ == "__main__":
    main()
