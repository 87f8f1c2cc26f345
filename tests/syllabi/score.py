import json, sys, time
from pathlib import Path
from fastapi.testclient import TestClient
from imkg.api.app import create_app
from imkg.config import Settings
import tempfile

def main():
    root = Path(sys.argv[1])
    t=time.time()
    settings = Settings(data_dir=Path(tempfile.mkdtemp()) / "data", query_workers=1)
    tot = [0, 0, 0]
    with TestClient(create_app(settings)) as client:
        print("startup", round(time.time()-t,1))
        for path in sorted(root.glob("*.md")) + sorted(root.glob("*.txt")):
            exp = json.loads(path.with_name(path.stem + ".expected.json").read_text())
            mt = "text/markdown" if path.suffix == ".md" else "text/plain"
            r = client.post("/api/coverage", files={"file": (path.name, path.read_bytes(), mt)})
            data = r.json()
            got = {c["id"] for g in data["groups"] for c in g["covered"]}
            want = set(exp["covered"]); bad = set(exp.get("not_covered", []))
            tp = len(got & want); fp = len(got - want); fn = len(want - got)
            tot[0]+=tp; tot[1]+=fp; tot[2]+=fn
            p = tp/(tp+fp) if tp+fp else 1; rc = tp/(tp+fn) if tp+fn else 1
            f = 2*p*rc/(p+rc) if p+rc else 0
            print(f"{path.stem:14s} P={p:.3f} R={rc:.3f} F1={f:.3f} tp={tp} fp={fp} fn={fn}")
            print("   FP:", sorted(got - want)); print("   FN:", sorted(want - got)); print("   wrongly covered (not_covered):", sorted(got & bad))
            for k in ("excluded", "cited_only", "cited"):
                if k in data: print("  ", k, sorted(c["id"] if isinstance(c, dict) else c for c in data[k]))
    tp, fp, fn = tot
    p = tp/(tp+fp); rc = tp/(tp+fn); f = 2*p*rc/(p+rc)
    print(f"OVERALL P={p:.3f} R={rc:.3f} F1={f:.3f} tp={tp} fp={fp} fn={fn}")

if __name__ == '__main__':
    main()
