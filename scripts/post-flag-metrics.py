#!/usr/bin/env python3
"""F1 of `flagged` against label == misinformation, and unrelated posts flagged.
Usage: post-flag-metrics.py GOLD.jsonl SCORED.jsonl [--show]"""
import json, sys
gold = {j["id"]: j for j in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
scored = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
tp = fp = fn = unrelated_flagged = 0
for s in scored:
    g = gold[s["id"]]
    truth = g["label"] == "misinformation"
    if s["flagged"] and truth: tp += 1
    elif s["flagged"]: fp += 1
    elif truth: fn += 1
    if s["flagged"] and g["label"] == "unrelated": unrelated_flagged += 1
    if "--show" in sys.argv and (s["flagged"] != truth or s["reasons"] and not s["flagged"]):
        print(g["label"], s["flagged"], s["score"], s["classifierScore"], s["relevance"], g["text"][:90], s["reasons"][:2])
p = tp / (tp + fp) if tp + fp else 0
r = tp / (tp + fn) if tp + fn else 0
f1 = 2 * p * r / (p + r) if p + r else 0
print(f"posts {len(scored)} precision {p:.3f} recall {r:.3f} F1 {f1:.3f} unrelated flagged {unrelated_flagged}")
