#!/usr/bin/env bash
# A second opinion on facts.xlsx: LibreOffice Calc (Debian package libreoffice-calc) opens the
# workbook headlessly and saves every sheet as CSV, so what a spreadsheet program reads can be
# compared with facts.csv. Skips (exit 0) when LibreOffice is not installed.
#
#   bash scripts/xlsx-to-csv.sh [WORKBOOK] [OUTDIR]     default: output/facts.xlsx, a temp folder
set -euo pipefail
cd "$(dirname "$0")/.."
workbook=${1:-output/facts.xlsx}
outdir=${2:-$(mktemp -d)}
office=$(command -v soffice || command -v libreoffice || true)
[ -n "$office" ] || { echo "xlsx-to-csv: LibreOffice not installed (apt-get install libreoffice-calc); skipped" >&2; exit 0; }
[ -f "$workbook" ] || { echo "xlsx-to-csv: $workbook not found; run 'make run' first" >&2; exit 66; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# Filter options: comma, double quote, UTF-8, from row 1, …, and -1 = every sheet, one file each.
"$office" --headless "-env:UserInstallation=file://$profile" \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
  --outdir "$outdir" "$workbook" >/dev/null 2>&1
status=0
for csv in "$outdir"/*.csv; do
  rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))))' "$csv")
  echo "xlsx-to-csv: $(basename "$csv"): $rows rows"
done
# The facts sheet must hold exactly the rows of facts.csv, value for value.
facts_sheet=$(ls "$outdir"/*-facts.csv 2>/dev/null | head -1 || true)
if [ -n "$facts_sheet" ] && [ -f output/facts.csv ] && [ "$workbook" = output/facts.xlsx ]; then
  python3 - "$facts_sheet" output/facts.csv <<'PY' || status=1
import csv, sys
from decimal import Decimal
sheet = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
facts = list(csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8")))
assert len(sheet) == len(facts), f"{len(sheet)} sheet rows, {len(facts)} facts"
for a, b in zip(sheet, facts):
    assert a["id"] == b["id"], (a["id"], b["id"])
    for key in ("value", "lower", "upper"):
        if b[key]:
            assert Decimal(a[key]) == Decimal(b[key]), (b["id"], key, a[key], b[key])
        else:
            assert a[key] == "", (b["id"], key, a[key])
print(f"xlsx-to-csv: the facts sheet agrees with facts.csv ({len(facts)} rows)")
PY
fi
echo "xlsx-to-csv: CSV files in $outdir"
exit $status
