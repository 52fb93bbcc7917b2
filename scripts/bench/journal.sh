# Sourced by scripts/bench.sh: the journal benchmark (issue 5) in a database
# of its own. One school with its journal (scripts/bench/journal-data.sql),
# `GET /api/v1/journal` of its fullest first-quarter page; then 99 more
# schools with theirs, the same page again, concurrent whole-lesson saves,
# and the query plans of one page load (auto_explain) into
# docs/benchmarks/journal-plans.txt; and a parent's diary week (issue 6)
# among the 100 schools, and that class's weekly paper reports as one PDF. Writes $out/journal*.{txt,json}, $out/diary_100.txt.

journal_db="${db}_journal"
journal_url="postgres://$pg_user@$pg_host:5432/$journal_db?sslmode=disable"
journal_clients="${BENCH_SAVE_CLIENTS:-16}"
more_schools="${BENCH_JOURNAL_MORE:-99}"
jpsql() { psql -h "$pg_host" -U "$pg_user" -d "$journal_db" -v ON_ERROR_STOP=1 -Atq "$@"; }

psql_admin -c "CREATE DATABASE $journal_db"
log "journal: one school"
timeout 300 "$bench_bin" generate --database-url "$journal_url" --schools 1 --password "$password" >/dev/null
jpsql -v classes=17 -f scripts/bench/journal-data.sql >/dev/null

# The first quarter's fullest page of school 1, and the teacher who keeps it.
IFS='|' read -r j_class j_subject j_period j_teacher j_lessons j_marks < <(jpsql -c "
  SELECT l.class_id, l.subject_id, p.id, u.login, count(DISTINCT l.id), count(m.id)
  FROM lessons l
  JOIN schools s ON s.id = l.school_id AND s.short_name = 'МБОУ СОШ № 1'
  JOIN periods p ON p.school_id = l.school_id AND p.number = 1
  JOIN users u ON u.school_id = l.school_id AND u.id = l.teacher_id
  LEFT JOIN marks m ON m.school_id = l.school_id AND m.lesson_id = l.id
  WHERE l.held_on BETWEEN p.starts_on AND p.ends_on
  GROUP BY 1, 2, 3, 4 ORDER BY 6 DESC LIMIT 1")
page="/api/v1/journal?class_id=$j_class&subject_id=$j_subject&period_id=$j_period"
log "journal page: $j_lessons lessons, $j_marks marks, kept by $j_teacher"

serve "$journal_url" "$out/journal-server.log"
journal_pid=$served_pid
j_auth="Authorization: Bearer $(login "$served_base" "$j_teacher")"
status=$(curl -sS -o "$out/journal-page.json" -w '%{http_code}' -H "$j_auth" "$served_base$page")
[ "$status" = 200 ] || { log "GET $page answered $status: $(head -c 300 "$out/journal-page.json")"; exit 1; }
run journal_1 "$page" "$j_auth" "$served_base"

log "journal: $more_schools more schools"
timeout 900 "$bench_bin" generate --database-url "$journal_url" --schools "$more_schools" --add --password "$password" >/dev/null
jpsql -v classes=17 -f scripts/bench/journal-data.sql >/dev/null
run journal_100 "$page" "$j_auth" "$served_base"

# The diary (issue 6): a parent of a student of that class reads the child's
# last week with lessons, 64 clients (BENCH_DIARY_CONNECTIONS).
IFS='|' read -r d_parent d_child < <(jpsql -c "
  SELECT u.login, g.student_id FROM guardianships g
  JOIN users u ON u.school_id = g.school_id AND u.id = g.parent_id
  JOIN class_students cs ON cs.school_id = g.school_id AND cs.student_id = g.student_id
  WHERE cs.class_id = '$j_class' ORDER BY u.login LIMIT 1")
diary="/api/v1/me/diary?child_id=$d_child&week=2026-11-23"
d_auth="Authorization: Bearer $(login "$served_base" "$d_parent")"
status=$(curl -sS -o "$out/diary-week.json" -w '%{http_code}' -H "$d_auth" "$served_base$diary")
[ "$status" = 200 ] || { log "GET $diary answered $status: $(head -c 300 "$out/diary-week.json")"; exit 1; }
diary_lessons=$(jq '.lessons | length' "$out/diary-week.json")
diary_marks=$(jq '[.lessons[].marks | length] | add' "$out/diary-week.json")
log "diary week of $d_parent's child: $diary_lessons lessons, $diary_marks marks"
connections="${BENCH_DIARY_CONNECTIONS:-64}" run diary_100 "$diary" "$d_auth" "$served_base"

# The weekly paper report (issue 6, R22): that class's batch PDF for the same
# week, as the school's deputy: the first request (a cold layout), then two
# more (typst memoizes the layout of the same data).
r_login=$(jpsql -c "SELECT u.login FROM user_roles r
  JOIN users u ON u.school_id = r.school_id AND u.id = r.user_id
  WHERE r.role = 'deputy' AND r.school_id = (SELECT school_id FROM classes WHERE id = '$j_class')
  ORDER BY u.login LIMIT 1")
r_auth="Authorization: Bearer $(login "$served_base" "$r_login")"
batch="/api/v1/classes/$j_class/weekly-reports.pdf?week=2026-11-23"
batch_times=()
for _ in 1 2 3; do
  result=$(curl -sS -o "$out/class-reports.pdf" -w '%{http_code} %{time_total}' -H "$r_auth" "$served_base$batch")
  [ "${result% *}" = 200 ] || { log "GET $batch answered ${result% *}"; exit 1; }
  batch_times+=("${result#* }")
done
batch_first=${batch_times[0]}
batch_again=$(printf '%s\n' "${batch_times[@]:1}" | sort -n | head -n1)
batch_pages=$( (pdfinfo "$out/class-reports.pdf" 2>/dev/null || true) | awk '/^Pages:/ {print $2}')
batch_students=$(curl -fsS -H "$r_auth" "$served_base${batch/.pdf/}" | jq '.reports | length')
batch_kib=$(($(stat -c %s "$out/class-reports.pdf") / 1024))
log "class-batch PDF: $batch_students students, ${batch_pages:-?} pages, $batch_kib KiB, first $batch_first s, again $batch_again s"

# Whole-lesson saves: the teacher's latest lessons, one per client.
jpsql -c "SELECT l.id FROM lessons l JOIN users u ON u.id = l.teacher_id
  WHERE u.login = '$j_teacher' ORDER BY l.held_on DESC, l.lesson LIMIT $journal_clients" >"$out/save-lessons.txt"
code_id=$(jpsql -c "SELECT c.id FROM attendance_codes c JOIN users u ON u.school_id = c.school_id
  WHERE u.login = '$j_teacher' ORDER BY c.position LIMIT 1")
log "journal saves: $journal_clients clients for ${duration}"
"$bench_bin" save-load --base "$served_base" --token "${j_auth#Authorization: Bearer }" \
  --lessons "$out/save-lessons.txt" --code-id "$code_id" --seconds "${duration%s}" >"$out/journal_save.txt"
tail -n1 "$out/journal_save.txt" >&2

# The plans behind one page load: a fresh server whose connections log every
# statement's plan with auto_explain into the PostgreSQL log.
stop_server "$journal_pid"; journal_pid=""
psql_admin -c "ALTER DATABASE $journal_db SET session_preload_libraries = 'auto_explain'"
psql_admin -c "ALTER DATABASE $journal_db SET auto_explain.log_min_duration = 0"
psql_admin -c "ALTER DATABASE $journal_db SET auto_explain.log_analyze = on"
psql_admin -c "ALTER DATABASE $journal_db SET auto_explain.log_buffers = on"
pg_log=/var/log/postgresql/postgresql-15-main.log
serve "$journal_url" "$out/journal-explain.log"
journal_pid=$served_pid
j_auth="Authorization: Bearer $(login "$served_base" "$j_teacher")"
curl -fsS -o /dev/null -H "$j_auth" "$served_base$page" # warms the pool's connections
log_from=$(stat -c %s "$pg_log" 2>/dev/null || echo 0)
curl -fsS -o /dev/null -H "$j_auth" "$served_base$page"
sleep 1
mkdir -p docs/benchmarks
{
  echo "# Query plans of one \`GET $page\`"
  echo "# ($((1 + more_schools)) schools; page: $j_lessons lessons, $j_marks marks; $(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo "# Written by scripts/bench/journal.sh from PostgreSQL's auto_explain; ids are the run's own."
  tail -c +"$((log_from + 1))" "$pg_log" 2>/dev/null | sed -n '/duration: .* plan:/,$p' \
    | sed 's/^[0-9-]* [0-9:.]* [A-Z]* \[[0-9]*\] [a-z]*@[a-z_0-9]* //'
} >docs/benchmarks/journal-plans.txt
stop_server "$journal_pid"; journal_pid=""

p1=$(jq -r .p50_us <(tail -n1 "$out/journal_1.txt"))
p100=$(jq -r .p50_us <(tail -n1 "$out/journal_100.txt"))
dataset=$(jpsql -c "SELECT (SELECT count(*) FROM schools) || ' schools, ' || (SELECT count(*) FROM lessons)
  || ' lessons, ' || (SELECT count(*) FROM marks) || ' marks, ' || (SELECT count(*) FROM attendance)
  || ' absences'")
jq -n --arg page "30 students × $j_lessons lessons × $j_marks marks" --arg dataset "$dataset" \
  --arg diary "$diary_lessons lessons, $diary_marks marks" \
  --arg pdf "$batch_first s the first time, $batch_again s again ($batch_students students, ${batch_pages:-?} A4 pages, $batch_kib KiB)" \
  --arg ratio "$(awk -v a="$p100" -v b="$p1" 'BEGIN { printf "%.2f", a / b }')" \
  '{page: $page, dataset: $dataset, ratio: $ratio, diary: $diary, pdf: $pdf}' >"$out/journal.json"
log "journal: $(cat "$out/journal.json")"
