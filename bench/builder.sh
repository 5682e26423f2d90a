#!/usr/bin/env bash
# Builder at scale: a 5,000-item catalogue, a proposal of 50 lines, and the time each builder change
# takes at the server, through the API and through the htmx builder page.
#   bench/builder.sh [RUNS] [PORT]
# Builds Release; talks only to 127.0.0.1; stops the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
port=${2:-5199}
base="http://127.0.0.1:$port"
work=$(mktemp -d)

python3 - > "$work/catalogue.json" <<'PY'
import json, random
rnd = random.Random(2026)
cats = [{"code": f"CAT-{i:02d}", "name": f"Pain category {i}", "description": "Generated for the benchmark."} for i in range(40)]
items = []
for i in range(5000):
    items.append({"code": f"GEN-{i:05d}", "kind": rnd.choice(["standard", "innovation", "service"]), "name": f"Generated offer {i}", "summary": "",
                  "proposalText": "Item " + str(i) + ".", "status": rnd.choice(["active"] * 8 + ["draft", "retired"]),
                  "pricing": {"model": rnd.choice(["one-time", "monthly", "annual"]), "unit": "user", "maxDiscountPercent": 15,
                              "prices": [{"currency": "EUR", "listPrice": round(rnd.uniform(10, 50000), 2), "unitCost": round(rnd.uniform(1, 5000), 2)}]},
                  "quantity": {"min": 1, "max": 1000, "default": 10},
                  "addresses": [{"category": c["code"], "strength": rnd.randint(1, 3)} for c in rnd.sample(cats, rnd.randint(1, 3))],
                  "requires": [], "excludes": [], "differentiators": []})
print(json.dumps({"categories": cats, "items": items}))
PY

dotnet build src/Configurator.Web -c Release -v q -nologo >/dev/null
(cd src/Configurator.Web && exec env ASPNETCORE_ENVIRONMENT=Development Pdf__StartOnBoot=false RateLimiting__SignInPermitsPerMinute=1000 \
  ConnectionStrings__Configurator="Data Source=$work/app.db" dotnet bin/Release/net10.0/Configurator.Web.dll --urls "$base") >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/healthz" && break; sleep 0.05; done

python3 - "$base" "$work/catalogue.json" "$runs" <<'PY'
import http.cookiejar, json, re, statistics, sys, time, urllib.request
base, catalogue_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def call(method, path, body=None, token=None, headers=None, opener=None, form=None):
    data = json.dumps(body).encode() if body is not None else (urllib.parse.urlencode(form).encode() if form is not None else None)
    request = urllib.request.Request(base + path, data=data, method=method)
    if body is not None: request.add_header("content-type", "application/json")
    if form is not None: request.add_header("content-type", "application/x-www-form-urlencoded")
    if token: request.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items(): request.add_header(k, v)
    started = time.perf_counter()
    try:
        with (opener.open(request) if opener else urllib.request.urlopen(request)) as response:
            text = response.read().decode()
            status = response.status
    except urllib.error.HTTPError as error:
        text, status = error.read().decode(), error.code
    return status, text, (time.perf_counter() - started) * 1000

def token(email):
    return json.loads(call("POST", "/api/v1/auth/token", {"email": email, "password": "Demo!2026"})[1])["accessToken"]

def report(label, times):
    times = sorted(times)
    print(f"{label}: median {statistics.median(times):.1f} ms, p90 {times[int(len(times) * 0.9) - 1]:.1f} ms ({len(times)} runs)")

catalogue = json.load(open(catalogue_path))
status, text, ms = call("POST", "/api/v1/catalogue/import", catalogue, token("product@demo.local"))
print(f"import 5,000 items: {status} in {ms / 1000:.1f} s")

rep = token("rep@demo.local")
account = json.loads(call("POST", "/api/v1/accounts", {"name": "Bench AG"}, rep)[1])["id"]
pains = [{"title": f"Pain {i}", "category": f"CAT-{i % 40:02d}", "severity": 1 + i % 5, "annualImpact": 10000 * (i + 1)} for i in range(30)]
opportunity = json.loads(call("POST", "/api/v1/opportunities", {"accountId": account, "name": "Bench deal", "currency": "EUR", "painPoints": pains}, rep)[1])["id"]

presales = token("presales@demo.local")
status, text, ms = call("POST", f"/api/v1/opportunities/{opportunity}/proposals", {"title": "Bench", "termMonths": 36, "recommend": True}, presales)
print(f"create with the recommendation: {status} in {ms:.0f} ms")
proposal = json.loads(text)
pid, option, version = proposal["id"], proposal["options"][0]["id"], proposal["version"]
present = {l["itemCode"] for l in proposal["options"][0]["lines"]}
active = [i["code"] for i in catalogue["items"] if i["status"] == "active" and i["code"] not in present]
adds = []
for code in active:
    if len(present) >= 50: break
    status, text, ms = call("POST", f"/api/v1/proposals/{pid}/options/{option}/lines", {"itemCode": code, "version": version}, presales)
    if status == 201:
        version = json.loads(text)["version"]; present.add(code); adds.append(ms)
report(f"API add line (up to {len(present)} lines)", adds)
lines = json.loads(call("GET", f"/api/v1/proposals/{pid}", token=presales)[1])["options"][0]["lines"]
print(f"proposal lines: {len(lines)}")

patches = []
for i in range(runs):
    status, text, ms = call("PATCH", f"/api/v1/proposals/{pid}/options/{option}/lines/{lines[i % len(lines)]['id']}", {"quantity": 10 + i % 5, "version": version}, presales)
    assert status == 200, text
    version = json.loads(text)["version"]; patches.append(ms)
report("API change line (answer: the whole evaluated proposal)", patches)

jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), urllib.request.HTTPRedirectHandler())
login = call("GET", "/login", opener=browser)[1]
af = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', login).group(1)
call("POST", "/login", form={"Email": "presales@demo.local", "Password": "Demo!2026", "__RequestVerificationToken": af}, opener=browser)
status, page, ms = call("GET", f"/proposals/{pid}?option={option}", opener=browser)
print(f"builder page, full load: {status} in {ms:.0f} ms, {len(page) // 1024} KiB")
af = re.search(r'name="request-verification-token" content="([^"]+)"', page).group(1)
changes = []
for i in range(runs):
    line = lines[i % len(lines)]["id"]
    status, html, ms = call("POST", f"/proposals/{pid}/options/{option}/lines/{line}", opener=browser,
                            form={"quantity": str(20 + i % 5), "discountPercent": "5", "version": str(version)},
                            headers={"HX-Request": "true", "RequestVerificationToken": af})
    assert status == 200, (status, html[:300])
    version = int(re.search(r'name="version" value="([0-9]+)"', html).group(1)); changes.append(ms)
report(f"builder change over htmx (fragment {len(html) // 1024} KiB)", changes)
searches = [call("GET", f"/proposals/{pid}/options/{option}/addable?itemCode=offer%2012", opener=browser, headers={"HX-Request": "true"})[2] for _ in range(runs)]
report("add-item search", searches)
PY
printf 'app memory (RSS): %s MiB\n' "$(( $(ps -o rss= -p $app) / 1024 ))"
