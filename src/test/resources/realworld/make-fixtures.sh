#!/usr/bin/env bash
# Rebuilds the real-world report fixtures from their sources (needs texlive-latex-base,
# texlive-latex-recommended, texlive-lang-french and libreoffice-writer-nogui). The PDFs are
# committed, so tests do not need these tools; run this only to change a fixture.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1780000000 FORCE_SOURCE_DATE=1
for variant in bookmarks nobookmarks; do
  cp rapport-latex.tex "$work/"
  define=""
  [ "$variant" = nobookmarks ] && define='\def\nobookmarks{}'
  (cd "$work" && for i in 1 2; do pdflatex -interaction=nonstopmode "$define\\input{rapport-latex.tex}" >/dev/null; done)
  cp "$work/rapport-latex.pdf" "latex-$variant.pdf"
done
soffice --headless --convert-to pdf --outdir "$work" rapport-libreoffice.fodt >/dev/null
cp "$work/rapport-libreoffice.pdf" libreoffice-bookmarks.pdf
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"false"}}' \
  --outdir "$work" rapport-libreoffice.fodt >/dev/null
cp "$work/rapport-libreoffice.pdf" libreoffice-nobookmarks.pdf
ls -l ./*.pdf
