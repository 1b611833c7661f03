#!/usr/bin/env bash
# Regenerates the committed document fixtures of tests/Assistant.Retrieval.Tests/TestData/Documents from the seeds in
# corpus/documents: each seed as a DOCX (written by LibreOffice from the seed's text) exported to PDF, an encrypted PDF,
# a truncated (corrupt) PDF, a PDF with no text layer, and the news report as a government-portal-like HTML page. Needs LibreOffice only here, never at test time:
#   apt-get install -y libreoffice-writer-nogui
# Usage: scripts/make-document-fixtures.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/tests/Assistant.Retrieval.Tests/TestData/Documents"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/pdf" "$out/bad" "$out/html"
export HOME="$work"   # LibreOffice keeps its profile under HOME

for seed in "$root"/corpus/documents/*.md; do
  id="$(basename "$seed" .md)"
  python3 "$root/scripts/fixtures/seed_to_html.py" "$seed" "$work/$id.html"
  soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/$id.html" >/dev/null
  soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$out/pdf" "$work/$id.docx" >/dev/null
done

# An encrypted PDF (open password "mat-khau"), a truncated one and one whose only page is an image without text.
cp "$work/can-tho-ke-hoach.docx" "$work/encrypted.docx"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"mat-khau"}}' \
  --outdir "$out/bad" "$work/encrypted.docx" >/dev/null
head -c 3000 "$out/pdf/can-tho-ke-hoach.pdf" > "$out/bad/corrupt.pdf"
printf '<html><body><p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="400" height="300"/></p></body></html>' > "$work/no-text.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$out/bad" "$work/no-text.html" >/dev/null
# The national plan's news report as a portal page (menus, sidebar, footer around the article); no LibreOffice needed.
python3 "$root/scripts/fixtures/seed_to_portal.py" "$root/corpus/documents/quyet-dinh-157-ttg.md" "$out/html/quyet-dinh-157-ttg.html" \
  "Phó Thủ tướng ký Quyết định ban hành Kế hoạch truyền thông thực hiện Nghị quyết 71"
ls -l "$out/pdf" "$out/bad" "$out/html"
