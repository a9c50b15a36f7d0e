"""A client of `truongthon serve` written as a Java, .NET or PHP back end would
call it: Python's standard library only (urllib, json), no truongthon code.

Usage: python3 serve_client.py BASE_URL CASES_JSON TODAY
Prints one JSON object: the answers to each conformance case (single and
batch), to bad JSON, and in English, for the test to compare with the library.
"""
import json
import sys
import urllib.error
import urllib.request

base, cases_file, today = sys.argv[1], sys.argv[2], sys.argv[3]
with open(cases_file, encoding="utf-8") as f:
    cases = json.load(f)["cases"]


def call(path, body, content_type="application/json", language="vi"):
    request = urllib.request.Request(base + path, data=body, method="POST", headers={"Content-Type": content_type, "Accept-Language": language})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def envelope(case):
    body = {"context": case.get("context"), "today": case.get("today", today)}
    if "candidate" in case:
        body["candidate"] = case["candidate"]
    return body


single = []
for case in cases:
    status, text = call("/v1/candidates/check", json.dumps(envelope(case), ensure_ascii=False).encode("utf-8"))
    single.append({"id": case["id"], "status": status, "body": json.loads(text)})

lines = [json.dumps({k: v for k, v in envelope(case).items() if k != "today"}, ensure_ascii=False) for case in cases]
lines.insert(1, "{ not json")
status, text = call("/v1/candidates/check-batch?today=" + today, ("\n".join(lines) + "\n").encode("utf-8"), "application/x-ndjson")
batch = {"status": status, "lines": [json.loads(line) for line in text.splitlines() if line]}

status, text = call("/v1/candidates/check", b'{"candidate": ', language="en")
bad_json = {"status": status, "body": json.loads(text)}

print(json.dumps({"single": single, "batch": batch, "badJson": bad_json}, ensure_ascii=False))
