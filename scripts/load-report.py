#!/usr/bin/env python3
"""Prints the load harness's table (issue 22) from Gatling's reports and the floor's figures; called by scripts/load."""
import datetime
import html
import os
import re
import sys

out, start_ms, rows, export_ms, heap, orders, seconds, clients, users = sys.argv[1:10]
seconds = float(seconds)


def stats(simulation):
    """Per request name: count, ok, ko, rps, p50, p95, p99, max (from the report's statistics table)."""
    path_file = os.path.join(out, simulation + ".dir")
    if not os.path.exists(path_file):
        return {}
    report = os.path.join(open(path_file).read().strip(), "index.html")
    if not os.path.exists(report):
        return {}
    text = open(report, encoding="utf-8").read()
    result = {}
    for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', text, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row)
        values = re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', row)
        if not name or not values:
            continue
        v = {int(c): x.replace(",", "") for c, x in values}
        num = lambda c: float(v[c]) if v.get(c, "-") not in ("-", "") else 0.0
        result[html.unescape(name.group(1))] = {
            "count": num(2), "ok": num(3), "ko": num(4), "rps": num(6), "p50": num(8), "p95": num(10),
            "p99": num(11), "max": num(12)}
    total = re.search(r'<tr id="ROOT"[^>]*>(.*?)</tr>', text, re.S)
    if total:
        v = {int(c): x.replace(",", "") for c, x in re.findall(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>', total.group(1))}
        result["ALL"] = {"count": float(v[2]), "ok": float(v[3]), "ko": float(v[4]), "p95": float(v[10])}
    return result


def get(s, name, key, default=0.0):
    return s.get(name, {}).get(key, default)


floor = open(os.path.join(out, "floor.txt")).read().split() if os.path.exists(os.path.join(out, "floor.txt")) else ["0", "0", "0"]
floor_rate, floor_p95 = float(floor[0]), float(floor[1])
p1 = stats("PlacementSimulation")
p2 = stats("FullCycleSimulation")
p4 = stats("DashboardSimulation")
p5 = stats("MixedSimulation")
p1_rate = get(p1, "place and confirm", "ok") / seconds
p1_p95 = get(p1, "place and confirm", "p95")
p2_rate = get(p2, "pay", "ok") / seconds
p4_place = get(p4, "place and confirm", "p95")
p4_rise = (p4_place / p1_p95 - 1) * 100 if p1_p95 else 0
p5_pages = {k: v for k, v in p5.items() if k not in ("ALL", "All Requests", "login page", "sign in") and not k.startswith("sign in")}
p5_worst = max(p5_pages.items(), key=lambda kv: kv[1]["p95"]) if p5_pages else ("-", {"p95": 0})
p5_all = max((v["p95"] for v in p5_pages.values()), default=0)
p5_errors = sum(v["ko"] for v in p5.values() if v is not p5.get("ALL"))
load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
rate = int(rows) / (int(export_ms) / 1000) if int(export_ms) else 0
errors = lambda s: int(sum(v["ko"] for k, v in s.items() if k != "ALL"))

print(f"## Load harness run, {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}")
print()
print(f"{orders} orders in the database; {int(seconds)} s per run; {clients} clients (P1, P2, P4); {users} users (P5);"
      f" load average at the end {' '.join(load)}; command: `SECONDS_PER_RUN={int(seconds)} CLIENTS={clients}"
      f" USERS={users} ./scripts/load`")
print()
print("| # | measure | Yiti | floor / target |")
print("|---|---|---:|---|")
print(f"| P1 | 5-line order placed and confirmed, one request | {p1_rate:.1f} orders/s, p95 {p1_p95:.0f} ms,"
      f" {errors(p1)} errors | raw JDBC {floor_rate:.1f} orders/s (p95 {floor_p95:.1f} ms): ratio"
      f" {p1_rate / floor_rate if floor_rate else 0:.3f}; target ≥ 0.5 and ≥ 200/s |")
print(f"| P2 | full cycle: place+confirm, ship, invoice (by Yiti), pay | {p2_rate:.1f} orders/s, {errors(p2)} errors"
      f" | ≥ 50/s |")
print(f"| P4 | manager dashboard under placement load (10/s) | p95 {get(p4, 'dashboard', 'p95'):.0f} ms; placement"
      f" p95 {p4_place:.0f} ms ({p4_rise:+.0f}% vs P1) | ≤ 200 ms warm; rise ≤ 20% |")
print(f"| P5 | mixed users, 5 s think time | worst page p95 {p5_all:.0f} ms ({p5_worst[0]}), {int(p5_errors)} errors |"
      f" {users} users at p95 ≤ 300 ms, 0 errors |")
print(f"| P7 | start to first page; heap after P5 | {int(start_ms) / 1000:.1f} s; {heap or '?'} (-Xmx512m) | ≤ 15 s;"
      f" ≤ 512 MB |")
print(f"| P8 | CSV export of all orders | {int(rows) - 1} rows in {int(export_ms) / 1000:.1f} s = {rate:.0f} rows/s |"
      f" ≥ 50,000 rows/s |")
print()
print("P5 pages (p95 ms): " + ", ".join(f"{k} {v['p95']:.0f}" for k, v in sorted(p5_pages.items())))
