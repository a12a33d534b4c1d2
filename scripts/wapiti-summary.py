#!/usr/bin/env python3
"""What a wapiti 3.0.4 scan did, read from its session database (~/.wapiti/scans/<host>_<port>_<scope>_<hash>.db).

wapiti writes its report only when the whole scan ends; the session database is written as it goes, so this
also tells what a scan that was stopped had done: the requests crawled, how many of them each module attacked,
and every vulnerability and anomaly it recorded (an HTTP 500 is an anomaly).

    scripts/wapiti-summary.py ~/.wapiti/scans/127.0.0.1_8095_folder_*.db
"""
import sqlite3
import sys


def summary(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    crawled = db.execute("select count(*) from paths where evil = 0").fetchone()[0]
    print(f"{path}: {crawled} requests crawled")
    statuses = db.execute("select http_status, count(*) from paths where evil = 0 group by http_status"
                          " order by http_status").fetchall()
    print("  answered " + ", ".join(f"{status} ({count})" for status, count in statuses))
    for module, attacked in db.execute(
            "select module_name, count(distinct path_id) from attack_log group by module_name order by module_name"):
        print(f"  {module:18} attacked {attacked} of them")
    found = db.execute("select type, category, info from payloads order by type, category").fetchall()
    if not found:
        print("  found: nothing")
    for kind, category, info in found:
        print(f"  {kind}: {category}: {info}")


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        summary(argument)
