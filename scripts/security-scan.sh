#!/usr/bin/env bash
# Runs sqlmap and wapiti (Debian packages) against a local Löfte on 127.0.0.1 only: the public pages, the
# open data API and the staff pages behind login. Reports go to target/security/. See docs/security.md.
#
#   apt-get install -y sqlmap wapiti
#   ./mvnw -q package -DskipTests && scripts/security-scan.sh
#
# SCANS chooses the parts, in this order (default all): sqlmap, staff (wapiti signed in), public (wapiti);
# WAPITI_MODULES the wapiti modules (default all 22), PORT the port, SECURITY_OUT the reports folder.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8095}
base="http://127.0.0.1:$port"
out=${SECURITY_OUT:-target/security}
password=security-scan-password
rm -rf "$out" && mkdir -p "$out/data"
# A copy, so that a build during the long scan does not replace the jar under the running app.
cp "$(ls target/lofte-*.jar | head -n 1)" "$out/lofte.jar"
jar=$out/lofte.jar
# Every wapiti 3.0.4 module. Three cannot work on a closed network and say so in the logs: nikto and wapp
# download their databases from GitHub at each run, and ssrf needs wapiti's public endpoint to call back.
modules=${WAPITI_MODULES:-backup,blindsql,brute_login_form,buster,cookieflags,crlf,csp,csrf,exec,file,htaccess,http_headers,methods,nikto,permanentxss,redirect,shellshock,sql,ssrf,wapp,xss,xxe}
# No limit per module and none on the whole scan unless asked for (WAPITI_ATTACK_SECONDS, WAPITI_SECONDS).
scans=" ${SCANS:-sqlmap staff public} "
runs() { [[ $scans == *" $1 "* ]]; }
# wapiti through a wrapper that makes its -x option work on Python 3.11 (see the wrapper).
# Its session databases go into the reports folder, one a scan.
wapiti() { /usr/bin/python3 scripts/wapiti.py --store-session "$out/wapiti" "$@"; }
limits=()
[ -n "${WAPITI_ATTACK_SECONDS:-}" ] && limits+=(--max-attack-time "$WAPITI_ATTACK_SECONDS")
[ -n "${WAPITI_SECONDS:-}" ] && limits+=(--max-scan-time "$WAPITI_SECONDS")

# The scanners send thousands of requests a minute from one address: the per-address limits on sign-in,
# the public report form and the integrity report are lifted for the scan, so that they reach the code
# behind them.
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx512m -jar "$jar" --server.port="$port" --management.server.port=0 \
  --spring.datasource.url="jdbc:h2:file:./$out/data/lofte;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --lofte.admin.password="$password" --lofte.sign-in.attempts-per-minute=1000000 \
  --lofte.api.integrity-requests-per-minute=1000000 > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -fs "$base/" >/dev/null && break; sleep 1; done

# A staff session: fetch the login form's CSRF token, sign in, keep the cookie.
jar_file="$out/cookies.txt"
token=$(curl -s -c "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -d "username=admin&password=$password&_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" {print $6"="$7}' "$jar_file" | tail -n 1)
csrf_of() { curl -s -b "$1" -c "$1" "$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }

# The administrator is a system administrator without promise roles, so promise forms would answer 403
# before their SQL. Make them editor and signatory in Bengtsfors and its local police area through the
# people pages, as a person would.
admin_id=$(curl -s -b "$jar_file" "$base/manage/accounts" | grep -B1 '<td>admin</td>' \
  | sed -n 's|.*href="/manage/accounts/\([0-9]*\)".*|\1|p' | head -n 1)
person_page=$(curl -s -b "$jar_file" "$base/manage/accounts/$admin_id")
organisation_id() { printf '%s' "$person_page" | sed -n "s|.*<option value=\"\([0-9]*\)\"[^>]*>$1</option>.*|\1|p" | head -n 1; }
municipality=$(organisation_id "Bengtsfors kommun")
police=$(organisation_id "LPO Östra Fyrbodal")
for organisation in "$municipality" "$police"; do
  token=$(csrf_of "$jar_file" "$base/manage/accounts/$admin_id")
  curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -w "roles in organisation $organisation: %{http_code}\n" \
    -d "organisation=$organisation&roles=EDITOR&roles=SIGNATORY&_csrf=$token" "$base/manage/accounts/$admin_id/roles"
done

sqlmap_run() {
  sqlmap --batch --disable-coloring --level=2 --risk=1 --output-dir="$out/sqlmap" "$@" 2>&1 | tee -a "$out/sqlmap.log" \
    | grep -E "is vulnerable|injectable|not injectable|all tested parameters" || true
}

if runs sqlmap; then
echo "== sqlmap: public pages and API"
sqlmap_run -u "$base/kommun?q=bengtsfors"
sqlmap_run -u "$base/kommun/bengtsfors*"
sqlmap_run -u "$base/kommun/bengtsfors/medborgarlofte/2019*"
sqlmap_run -u "$base/api/promises/1*"
sqlmap_run -u "$base/api/promises/1/revisions/1*"
echo "== sqlmap: staff pages (signed in)"
# Forms carry a CSRF token that stays valid for its session: fetch one per session and leave it untested
# (sqlmap's own --csrf-token handling fails against these pages).
sqlmap_run -u "$base/manage/promises/1*" --cookie="$session"
sqlmap_run -u "$base/manage/organisations/municipalities?q=amal" --cookie="$session"
staff_token=$(csrf_of "$jar_file" "$base/manage/promises/new")
sqlmap_run -u "$base/manage/promises/new" --method=POST --cookie="$session" --skip=_csrf \
  --data="policeId=$police&municipalityId=$municipality&start=2031-01-01&end=2031-12-31&title=Test&_csrf=$staff_token"
sqlmap_run -u "$base/manage/organisations/new?kind=OTHER_ACTOR" --method=POST --cookie="$session" --skip=_csrf \
  --data="name=Bostadsbolaget&_csrf=$staff_token"
fi

if runs staff; then
echo "== wapiti: staff pages (signed in)"
# wapiti takes the session from a JSON cookie file (-c); a Cookie header (-H) is not kept by its crawler.
# The crawl starts at /manage/promises, since /manage only redirects and /manage/ is a 404, and stays in
# the /manage/ folder, so it never reaches the sign-out form at /logout (wapiti 3.0.4 crashes on -x).
# Crawling submits the forms it finds and the attacks post to them too: promises get signed and
# published, organisations renamed, tokens made and revoked. That is why this runs last, after sqlmap,
# on the throw-away database. At most 40 pages a folder, or the 300 organisation pages take all the time, and
# no form with more than 30 fields: the promise form lists every other actor, hundreds of checkboxes once the
# scans have made organisations, and one attack on it ran for over 20 minutes.
printf '{"127.0.0.1": {"/": {"%s": {"value": "%s", "expires": null, "secure": false, "port": null, "version": 0}}}}\n' \
  "${session%%=*}" "${session#*=}" > "$out/wapiti-cookies.json"
# The CSV downloads (the audit trail, import rejections, the reports' week) stay out: they are text/csv
# attachments with nosniff, never HTML, but wapiti 3.0.4's stored-XSS module checks the content type of its own
# request instead of the answer's, so it takes every stored value in a CSV for stored XSS, and parses the
# audit export, which grows with every form the scan posts, as HTML once for each value it finds there.
wapiti -u "$base/manage/" --scope folder -s "$base/manage/promises" -c "$out/wapiti-cookies.json" \
  -x "$base/manage/accounts/audit/export*" -x "$base/manage/*.csv*" \
  -m "$modules" --max-files-per-dir 40 --max-parameters 30 -v 1 "${limits[@]}" \
  --flush-session -f txt -o "$out/wapiti-staff.txt" > "$out/wapiti-staff.log" 2>&1 || true
grep -E "^\[\*\] Wapiti found" "$out/wapiti-staff.log" || true
crawled() { sed -n '/Saving scan state/q;p' "$out/wapiti-staff.log" | grep -E '^\[\+\] (GET|POST)' | awk '{print $2, $3}'; }
echo "staff requests crawled: $(crawled | wc -l), distinct method and path: $(crawled | sed 's/?.*//' | sort -u | wc -l)"
echo "session still signed in after wapiti: $(curl -s -o /dev/null -w '%{http_code}' -b "$jar_file" "$base/manage/promises") (200 = yes)"
echo "errors in app.log: $(grep -c ' ERROR ' "$out/app.log" || true)"
fi

# The public report form goes after the staff crawl: every report it takes lands on the staff list of
# reports, which has no paging, and the tens of thousands the scans send make that page so large (43 MB)
# that wapiti's crawler stalls on it.
if runs sqlmap; then
echo "== sqlmap: public report form"
public_jar="$out/public-cookies.txt"
public_token=$(csrf_of "$public_jar" "$base/tillganglighet")
public_session=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" {print $6"="$7}' "$public_jar" | tail -n 1)
sqlmap_run -u "$base/tillganglighet/rapportera" --method=POST --cookie="$public_session" --skip=_csrf \
  --data="page=/kommun&description=Menyn&email=a@example.se&_csrf=$public_token"
fi

if runs public; then
echo "== wapiti: public site"
# Each page's subscription form carries a fresh signed token, and the crawler takes a form with a new value
# for a new request: it posts every empty form it meets, is answered with the form again (422, the field
# named), posts that one, and so on, tens of thousands of times. So the whole-site crawl leaves the
# subscription forms out, and a second scan attacks those of one municipality and its promise, two links
# deep (the form is on a page of its own; the form it answers with is one step further and left alone). At most 40 pages a folder: the 290 municipality pages are one template. The crawl also starts at the
# public surfaces no page links to (a version, the widgets, the open data API, the feeds, the forms to sign in
# and reset a password) and at Bengtsfors, whose promise may not be among the 40.
public_starts=()
for path in /kommun/bengtsfors /kommun/bengtsfors/medborgarlofte/2019/version/1 /medborgarloften/2019 \
  /widget/kommun/bengtsfors/medborgarlofte/2019 /widget/kommun/bengtsfors/medborgarlofte/2019.html /api/promises \
  /api/promises/1 /api/promises/1/revisions /api/promises/1/revisions/1 /api/promises/integrity /flode.atom \
  /login /konto/glomt-losenord; do
  public_starts+=(-s "$base$path")
done
wapiti -u "$base/" --scope folder "${public_starts[@]}" -x "$base/kommun/*/prenumerera" -m "$modules" \
  --max-files-per-dir 40 -v 1 "${limits[@]}" --flush-session -f txt -o "$out/wapiti-public.txt" > "$out/wapiti-public.log" 2>&1 || true
grep -E "^\[\*\] Wapiti found" "$out/wapiti-public.log" || true
wapiti -u "$base/kommun/" --scope folder -d 2 -s "$base/kommun/bengtsfors" -s "$base/kommun/bengtsfors/medborgarlofte/2019" \
  -m "$modules" -v 1 "${limits[@]}" --flush-session -f txt -o "$out/wapiti-forms.txt" > "$out/wapiti-forms.log" 2>&1 || true
grep -E "^\[\*\] Wapiti found" "$out/wapiti-forms.log" || true
echo "errors in app.log: $(grep -c ' ERROR ' "$out/app.log" || true)"
fi

grep -E "^(SQL Injection|Blind SQL Injection|Cross Site Scripting|Stored Cross Site Scripting|Command execution)" -A2 \
  "$out"/wapiti-*.txt || true
# wapiti writes its report only when a scan ends; its session databases say what each scan did so far
# (scripts/wapiti-summary.py target/security/wapiti/*.db, also while a scan runs).
[ -d "$out/wapiti" ] && scripts/wapiti-summary.py "$out"/wapiti/*.db
echo "Reports in $out"
